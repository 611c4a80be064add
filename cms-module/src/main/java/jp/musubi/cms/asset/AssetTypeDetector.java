package jp.musubi.cms.asset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * Tells a file's type from its bytes (Tika's magic numbers and XML root detection). No file name
 * or declared type is given to Tika, so a renamed file cannot pass as something else.
 */
@Component
public class AssetTypeDetector {

    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

    /** The detected media type without parameters, e.g. {@code image/png} or {@code text/html}. */
    public String detect(Path file) {
        try (InputStream in = TikaInputStream.get(file)) {
            MediaType type = mimeTypes.detect(in, new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read uploaded file " + file, e);
        }
    }

    /** True when the name's extension means some type to Tika (e.g. {@code .pdf}, {@code .html}). */
    public boolean isKnownExtension(String filename) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        try {
            return !mimeTypes.detect(null, metadata).equals(MediaType.OCTET_STREAM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

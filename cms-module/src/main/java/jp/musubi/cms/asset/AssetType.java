package jp.musubi.cms.asset;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file that may be uploaded: raster images a browser shows safely, and PDF. SVG is
 * not among them because it can carry script.
 */
public enum AssetType {
    PNG("image/png", "PNG画像", "png", Set.of("png")),
    JPEG("image/jpeg", "JPEG画像", "jpg", Set.of("jpg", "jpeg", "jpe", "jfif")),
    GIF("image/gif", "GIF画像", "gif", Set.of("gif")),
    WEBP("image/webp", "WebP画像", "webp", Set.of("webp")),
    PDF("application/pdf", "PDF", "pdf", Set.of("pdf"));

    /** For messages: what may be uploaded. */
    public static final String ALLOWED_LABEL = "PNG・JPEG・GIF・WebP の画像と PDF";

    private final String mediaType;
    private final String label;
    private final String extension;
    private final Set<String> extensions;

    AssetType(String mediaType, String label, String extension, Set<String> extensions) {
        this.mediaType = mediaType;
        this.label = label;
        this.extension = extension;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public String label() {
        return label;
    }

    /** The extension given to a file uploaded without one. */
    public String extension() {
        return extension;
    }

    public boolean fitsExtension(String lowerCaseExtension) {
        return extensions.contains(lowerCaseExtension);
    }

    public static Optional<AssetType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }
}

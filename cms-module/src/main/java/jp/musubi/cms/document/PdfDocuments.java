package jp.musubi.cms.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;

/**
 * Renders well-formed XHTML (a Thymeleaf template written XML-style) to PDF. Text in the font family
 * {@value #FONT_FAMILY} — the default of every document, see {@link #BASE_CSS} — uses the bundled Noto
 * Sans JP (regular and bold), embedded as a subset.
 */
@Component
public class PdfDocuments {

    public static final String FONT_FAMILY = "Noto Sans JP";

    /** Styles a document can link to or copy: the Japanese font on everything, A4 with margins. */
    public static final String BASE_CSS = "@page { size: A4; margin: 18mm 15mm; }"
            + " body, table, th, td, h1, h2, h3, p, li { font-family: '" + FONT_FAMILY + "'; }";

    private static final String FONT_DIRECTORY = "/jp/musubi/cms/document/fonts/";

    private final byte[] regular;
    private final byte[] bold;
    private final ToUnicodeRepair.Lookups lookups;

    public PdfDocuments() {
        // Read once: a 5 MB font per render would dominate the time of a report.
        this.regular = font("NotoSansJP-Regular.ttf");
        this.bold = font("NotoSansJP-Bold.ttf");
        this.lookups = new ToUnicodeRepair.Lookups(cmap(regular), cmap(bold));
    }

    /** The PDF of {@code xhtml}; {@code baseUri} resolves relative links and images (may be null). */
    public byte[] render(String xhtml, String baseUri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, baseUri);
            builder.toStream(out);
            builder.run();
            return ToUnicodeRepair.repair(out.toByteArray(), lookups);
        } catch (IOException | RuntimeException e) {
            throw new DocumentException("The document could not be rendered as PDF: " + e.getMessage(), e);
        }
    }

    private static org.apache.fontbox.ttf.CmapLookup cmap(byte[] font) {
        try (org.apache.fontbox.ttf.TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser()
                .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(font))) {
            return ttf.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font(String file) {
        try (InputStream in = PdfDocuments.class.getResourceAsStream(FONT_DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("The bundled font " + file + " is missing from the classpath ("
                        + FONT_DIRECTORY + "); the cms-module build copies it (profile document-font)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

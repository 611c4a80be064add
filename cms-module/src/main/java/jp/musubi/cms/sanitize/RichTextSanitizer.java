package jp.musubi.cms.sanitize;

import java.util.List;
import java.util.regex.Pattern;

import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Cleans rich-text HTML before it is stored, so that what the site and the delivery API pass on
 * cannot run script: only the structural and inline elements an article needs survive; scripts,
 * event handlers, style and {@code javascript:} URLs are dropped. Links get
 * {@code rel="noopener noreferrer"}; images may only show uploaded assets ({@code /dam/{id}}).
 */
@Component
public class RichTextSanitizer {

    // /dam/{uuid} or /dam/{uuid}/{file name}; no "..", query or other host.
    private static final Pattern DAM_PATH = Pattern.compile(
            "/dam/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
                    + "(?:/(?!\\.\\.?$)[A-Za-z0-9._~%-]{1,255})?");
    private static final Pattern DIMENSION = Pattern.compile("[0-9]{1,4}");
    private static final Pattern SPAN = Pattern.compile("[1-9][0-9]{0,2}");

    private static final AttributePolicy DAM_ONLY =
            (element, attribute, value) -> DAM_PATH.matcher(value.strip()).matches() ? value.strip() : null;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "h2", "h3", "h4", "ul", "ol", "li",
                    "strong", "em", "b", "i", "u", "s", "blockquote",
                    "table", "thead", "tbody", "tr", "th", "td", "caption", "figure", "figcaption")
            // rel is set here rather than by requireRelsOnLinks, whose token order varies between runs.
            .allowElements(RichTextSanitizer::link, "a")
            // An image whose source was refused is dropped whole, not left as an empty box.
            .allowElements((element, attributes) -> hasAttribute(attributes, "src") ? element : null, "img")
            // Relative links (/issues/…) stay allowed: they cannot carry a scheme.
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("src").matching(DAM_ONLY).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("width", "height").matching(DIMENSION).onElements("img")
            // Table headers' scope and spans keep data tables accessible (JIS X 8341-3).
            .allowAttributes("scope").matching(true, "row", "col", "rowgroup", "colgroup").onElements("th")
            .allowAttributes("colspan", "rowspan").matching(SPAN).onElements("th", "td")
            .toFactory();

    private static String link(String element, List<String> attributes) {
        if (hasAttribute(attributes, "href")) {
            attributes.add("rel");
            attributes.add("noopener noreferrer");
        }
        return element;
    }

    /** Attributes arrive as a flat list: name, value, name, value… */
    private static boolean hasAttribute(List<String> attributes, String name) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The cleaned HTML; null stays null. */
    public String sanitize(String html) {
        return html == null ? null : POLICY.sanitize(html);
    }
}

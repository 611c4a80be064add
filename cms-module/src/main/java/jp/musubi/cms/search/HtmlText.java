package jp.musubi.cms.search;

import java.util.List;
import java.util.Set;

import org.owasp.html.HtmlSanitizer;

/**
 * The readable text of a rich-text value. Uses the HTML sanitizer's parser rather than a regular
 * expression, so entities are decoded and script or style content is never taken for text.
 */
final class HtmlText {

    /** Elements that end a line when rendered: words on both sides must not be glued together. */
    private static final Set<String> BREAKING = Set.of("p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3",
            "h4", "h5", "h6", "table", "tr", "td", "th", "blockquote", "pre", "hr", "dt", "dd");
    private static final Set<String> INVISIBLE = Set.of("script", "style", "template", "noscript");

    private HtmlText() {
    }

    static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Collector collector = new Collector();
        HtmlSanitizer.sanitize(html, collector);
        return collector.text();
    }

    private static final class Collector implements HtmlSanitizer.Policy {

        private final StringBuilder text = new StringBuilder();
        private int invisibleDepth;

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String elementName, List<String> attributes) {
            if (INVISIBLE.contains(elementName)) {
                invisibleDepth++;
            }
            lineBreakIfBreaking(elementName);
        }

        @Override
        public void closeTag(String elementName) {
            if (INVISIBLE.contains(elementName) && invisibleDepth > 0) {
                invisibleDepth--;
            }
            lineBreakIfBreaking(elementName);
        }

        @Override
        public void text(String chunk) {
            if (invisibleDepth == 0) {
                text.append(chunk);
            }
        }

        private void lineBreakIfBreaking(String elementName) {
            if (BREAKING.contains(elementName) && !text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
        }

        String text() {
            // Source indentation between tags becomes blank lines and runs of spaces: drop them.
            return text.toString().replaceAll("[ \\t\\x0B\\f\\r]*\\n\\s*", "\n").replaceAll("[ \\t]{2,}", " ").strip();
        }
    }
}

package jp.musubi.cms.newsletter;

import static jp.musubi.cms.newsletter.NewsletterTexts.TEXTS;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import org.owasp.html.HtmlSanitizer;

/**
 * The plain-text alternative of an article body: paragraphs and headings become blocks separated
 * by a blank line, list items get 「・」 or numbers, links keep their address in （）. Uses the
 * sanitizer's HTML tokenizer, so entities are decoded and broken markup is tolerated.
 */
final class HtmlToText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "blockquote", "table", "figure", "figcaption", "section", "article", "pre");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Elements whose content is not text a reader sees. */
    private static final Set<String> HIDDEN = Set.of("script", "style", "template", "noscript", "head", "title");

    private HtmlToText() {
    }

    static String convert(String html) {
        Writer writer = new Writer();
        HtmlSanitizer.sanitize(html == null ? "" : html, writer);
        return writer.result();
    }

    private static final class Writer implements HtmlSanitizer.Policy {

        private final StringBuilder out = new StringBuilder();
        /** Per open list: -1 for a bullet list, else the last number used. */
        private final Deque<int[]> lists = new ArrayDeque<>();
        private final Deque<String> linkTargets = new ArrayDeque<>();
        private final StringBuilder linkText = new StringBuilder();
        private int preDepth;
        private int hiddenDepth;
        /** Just after an item's 「・」 or number, before its text: a paragraph opening here must not break the line. */
        private boolean itemStart;

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String name, List<String> attributes) {
            if (HIDDEN.contains(name)) {
                hiddenDepth++;
                return;
            }
            switch (name) {
                case "br" -> newline();
                case "li" -> {
                    newline();
                    int[] list = lists.peek();
                    String indent = "  ".repeat(Math.max(0, lists.size() - 1));
                    if (list == null || list[0] < 0) {
                        out.append(indent).append(TEXTS.get("newsletter.text.bullet"));
                    } else {
                        out.append(indent).append(++list[0]).append(". ");
                    }
                    itemStart = true;
                }
                case "ul", "ol" -> {
                    // A nested list continues its item's lines; a top-level one is its own block.
                    if (lists.isEmpty()) {
                        block();
                    } else {
                        newline();
                    }
                    lists.push(new int[]{name.equals("ul") ? -1 : 0});
                }
                case "tr" -> newline();
                case "td", "th" -> {
                    if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                        out.append(" ｜ ");
                    }
                }
                case "a" -> {
                    linkTargets.push(attribute(attributes, "href"));
                    linkText.setLength(0);
                }
                case "img" -> {
                    String alt = attribute(attributes, "alt");
                    if (!alt.isBlank()) {
                        out.append(TEXTS.get("newsletter.text.image", alt.strip()));
                    }
                }
                case "p", "div" -> {
                    // Inside a list item (TipTap writes <li><p>…</p></li>) a paragraph is a line, not a block.
                    if (lists.isEmpty()) {
                        block();
                    } else if (!itemStart) {
                        newline();
                    }
                }
                default -> {
                    if (BLOCKS.contains(name)) {
                        block();
                    }
                    if (HEADINGS.contains(name)) {
                        out.append("■ ");
                    }
                    if (name.equals("pre")) {
                        preDepth++;
                    }
                    if (name.equals("blockquote")) {
                        out.append("＞ ");
                    }
                }
            }
        }

        @Override
        public void closeTag(String name) {
            if (HIDDEN.contains(name)) {
                hiddenDepth = Math.max(0, hiddenDepth - 1);
                return;
            }
            switch (name) {
                case "ul", "ol" -> {
                    lists.poll();
                    if (lists.isEmpty()) {
                        block();
                    } else {
                        newline();
                    }
                }
                case "a" -> {
                    String href = linkTargets.isEmpty() ? "" : linkTargets.pop();
                    if (!href.isBlank() && !href.equals(linkText.toString().strip())) {
                        out.append("（").append(href).append("）");
                    }
                }
                case "p", "div" -> {
                    if (lists.isEmpty()) {
                        block();
                    } else {
                        newline();
                    }
                }
                default -> {
                    if (name.equals("pre")) {
                        preDepth = Math.max(0, preDepth - 1);
                    }
                    if (BLOCKS.contains(name)) {
                        block();
                    }
                }
            }
        }

        @Override
        public void text(String text) {
            if (hiddenDepth > 0) {
                return;
            }
            String chunk = preDepth > 0 ? text : text.replaceAll("\\s+", " ");
            if (preDepth == 0 && (out.isEmpty() || out.charAt(out.length() - 1) == '\n')) {
                chunk = chunk.stripLeading();
            }
            if (itemStart && preDepth == 0) {
                chunk = chunk.stripLeading();
                if (chunk.isEmpty()) {
                    return;
                }
            }
            itemStart = false;
            out.append(chunk);
            if (!linkTargets.isEmpty()) {
                linkText.append(chunk);
            }
        }

        /** Ends the current line. */
        private void newline() {
            trimTrailingSpaces();
            if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
        }

        /** Ends the current block with one blank line (never more than one). */
        private void block() {
            newline();
            if (out.length() >= 1 && !(out.length() >= 2 && out.charAt(out.length() - 2) == '\n')) {
                out.append('\n');
            }
        }

        private void trimTrailingSpaces() {
            while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1);
            }
        }

        String result() {
            return out.toString().strip().replaceAll("\n{3,}", "\n\n");
        }

        private static String attribute(List<String> attributes, String name) {
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                if (attributes.get(i).equalsIgnoreCase(name)) {
                    return attributes.get(i + 1);
                }
            }
            return "";
        }
    }
}

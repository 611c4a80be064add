package jp.musubi.workflow.issuecase;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Rich text typed as plain text in the inbox: blank lines separate paragraphs ({@code <p>}), single line
 * breaks become {@code <br>}, and everything typed is escaped (the CMS sanitizer runs on it anyway).
 */
final class PlainParagraphs {

    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");
    private static final Pattern PARAGRAPH_END = Pattern.compile("(?i)</p>|</li>|</h[1-6]>");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private PlainParagraphs() {
    }

    /** Null for null or blank text. */
    static String toHtml(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : BLANK_LINE.split(text.strip())) {
            if (!paragraph.isBlank()) {
                paragraphs.add("<p>" + String.join("<br>", paragraph.strip().lines().map(String::strip)
                        .map(HtmlUtils::htmlEscape).toList()) + "</p>");
            }
        }
        return String.join("", paragraphs);
    }

    /** The text of stored rich text, paragraphs separated by blank lines, for editing again in a textarea. */
    static String toText(Object html) {
        if (!(html instanceof String value) || value.isBlank()) {
            return null;
        }
        String text = PARAGRAPH_END.matcher(value).replaceAll("\n\n");
        text = BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        return HtmlUtils.htmlUnescape(text).strip().replaceAll("\\n{3,}", "\n\n");
    }
}

package jp.musubi.workflow.portal;

import static jp.musubi.workflow.portal.PortalTexts.TEXTS;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.musubi.cms.common.Paragraphs;

/** What a member typed into the seed form, as typed (kept on errors). Tags and fields are 「、」-separated. */
record SeedInput(String title, String summary, String body, String tags, String fields, String comment) {

    static final int MAX_TITLE = 100;
    static final int MAX_SUMMARY = 400;
    static final int MAX_BODY = 10000;
    static final int MAX_COMMENT = 1000;
    static final int MAX_TERMS = 10;
    static final int MAX_TERM = 30;

    SeedInput {
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        tags = tags == null ? "" : tags;
        fields = fields == null ? "" : fields;
        comment = comment == null ? "" : comment;
    }

    /** Japanese messages by form field, in form order; empty when the input can be saved. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isBlank()) {
            errors.put("title", TEXTS.get("portal.seed.title.required"));
        } else if (length(title) > MAX_TITLE) {
            errors.put("title", TEXTS.get("portal.seed.title.tooLong", MAX_TITLE));
        }
        if (summary.isBlank()) {
            errors.put("summary", TEXTS.get("portal.seed.summary.required"));
        } else if (length(summary) > MAX_SUMMARY) {
            errors.put("summary", TEXTS.get("portal.seed.summary.tooLong", MAX_SUMMARY));
        }
        if (body.isBlank()) {
            errors.put("body", TEXTS.get("portal.seed.body.required"));
        } else if (length(body) > MAX_BODY) {
            errors.put("body", TEXTS.get("portal.seed.body.tooLong", MAX_BODY));
        }
        terms("tags", TEXTS.get("portal.seed.tags.label"), tags, errors);
        terms("fields", TEXTS.get("portal.seed.fields.label"), fields, errors);
        if (length(comment) > MAX_COMMENT) {
            errors.put("comment", TEXTS.get("portal.seed.comment.tooLong", MAX_COMMENT));
        }
        return errors;
    }

    List<String> tagList() {
        return split(tags);
    }

    List<String> fieldList() {
        return split(fields);
    }

    /** The plain text as the rich-text body: escaped paragraphs at blank lines, line breaks kept. */
    String bodyHtml() {
        return Objects.requireNonNullElse(Paragraphs.toHtml(body), "");
    }

    private static void terms(String field, String label, String text, Map<String, String> errors) {
        List<String> terms = split(text);
        if (terms.size() > MAX_TERMS) {
            errors.put(field, TEXTS.get("portal.seed.terms.tooMany", label, MAX_TERMS, terms.size()));
        } else if (terms.stream().anyMatch(t -> length(t) > MAX_TERM)) {
            errors.put(field, TEXTS.get("portal.seed.terms.tooLong", label, MAX_TERM));
        }
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split("[、,，\\n]")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}

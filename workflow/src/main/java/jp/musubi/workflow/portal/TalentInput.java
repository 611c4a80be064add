package jp.musubi.workflow.portal;

import static jp.musubi.workflow.portal.PortalTexts.TEXTS;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.musubi.cms.common.Paragraphs;

/**
 * What a member typed into the 人材情報 form, as typed (kept on errors). Skills, fields and tags are
 * 「、」-separated; availability is one of {@link #AVAILABILITIES} or empty. There is deliberately no
 * contact field: the content type has none, so a person is reached through the secretariat.
 */
record TalentInput(String title, String summary, String skills, String fields, String availability, String region,
                   String body, String tags, String comment) {

    /** The options of the content type's {@code availability}, in its order. */
    static final List<String> AVAILABILITIES = List.of("project", "side-job", "advisor", "training");
    static final int MAX_TITLE = 100;
    static final int MAX_SUMMARY = 400;
    static final int MAX_REGION = 100;
    static final int MAX_BODY = 10000;

    TalentInput {
        title = orEmpty(title);
        summary = orEmpty(summary);
        skills = orEmpty(skills);
        fields = orEmpty(fields);
        availability = orEmpty(availability);
        region = orEmpty(region);
        body = orEmpty(body);
        tags = orEmpty(tags);
        comment = orEmpty(comment);
    }

    static TalentInput empty() {
        return new TalentInput("", "", "", "", "", "", "", "", "");
    }

    /** Japanese messages by form field, in form order; empty when the input can be saved. */
    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (title.isBlank()) {
            errors.put("title", TEXTS.get("portal.talent.title.required"));
        } else if (length(title) > MAX_TITLE) {
            errors.put("title", TEXTS.get("portal.talent.title.tooLong", MAX_TITLE));
        }
        if (summary.isBlank()) {
            errors.put("summary", TEXTS.get("portal.seed.summary.required"));
        } else if (length(summary) > MAX_SUMMARY) {
            errors.put("summary", TEXTS.get("portal.seed.summary.tooLong", MAX_SUMMARY));
        }
        terms("skills", TEXTS.get("portal.talent.skills.label"), skills, errors);
        if (split(skills).isEmpty()) {
            errors.putIfAbsent("skills", TEXTS.get("portal.talent.skills.required"));
        }
        terms("fields", TEXTS.get("portal.seed.fields.label"), fields, errors);
        if (!availability.isBlank() && !AVAILABILITIES.contains(availability)) {
            errors.put("availability", TEXTS.get("portal.talent.availability.choose"));
        }
        if (length(region) > MAX_REGION) {
            errors.put("region", TEXTS.get("portal.talent.region.tooLong", MAX_REGION));
        } else if (region.contains("\n") || region.contains("\r")) {
            errors.put("region", TEXTS.get("portal.talent.region.singleLine"));
        }
        if (length(body) > MAX_BODY) {
            errors.put("body", TEXTS.get("portal.seed.body.tooLong", MAX_BODY));
        }
        terms("tags", TEXTS.get("portal.seed.tags.label"), tags, errors);
        if (length(comment) > SeedInput.MAX_COMMENT) {
            errors.put("comment", TEXTS.get("portal.seed.comment.tooLong", SeedInput.MAX_COMMENT));
        }
        return errors;
    }

    List<String> skillList() {
        return split(skills);
    }

    List<String> fieldList() {
        return split(fields);
    }

    List<String> tagList() {
        return split(tags);
    }

    /** The plain text as the rich-text body: escaped paragraphs at blank lines, line breaks kept. */
    String bodyHtml() {
        return Objects.requireNonNullElse(Paragraphs.toHtml(body), "");
    }

    private static void terms(String field, String label, String text, Map<String, String> errors) {
        List<String> terms = split(text);
        if (terms.size() > SeedInput.MAX_TERMS) {
            errors.put(field, TEXTS.get("portal.seed.terms.tooMany", label, SeedInput.MAX_TERMS, terms.size()));
        } else if (terms.stream().anyMatch(t -> length(t) > SeedInput.MAX_TERM)) {
            errors.put(field, TEXTS.get("portal.seed.terms.tooLong", label, SeedInput.MAX_TERM));
        }
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split("[、,，\\n]")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

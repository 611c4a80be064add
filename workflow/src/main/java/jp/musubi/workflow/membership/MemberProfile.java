package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.musubi.cms.common.Paragraphs;
import jp.musubi.cms.input.InputChecks;

/**
 * The part of a member's public profile (content type {@code member}) the member writes: organization
 * name and kind come from the member registry. Plain text only; {@link #toContent} turns the
 * description into the rich-text body.
 *
 * @param summary     概要, at most 400 characters, required
 * @param description 詳細, plain text, paragraphs separated by blank lines, or null
 * @param fields      活用分野, e.g. 防災, 農業
 * @param city        所在地の市町名 (Kumamoto: 市町村名), or null
 * @param url         ウェブサイト (http/https), or null
 */
public record MemberProfile(String summary, String description, List<String> fields, String city, String url) {

    static final int MAX_SUMMARY = 400;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_FIELDS = 10;

    public MemberProfile {
        fields = fields == null ? List.of() : fields.stream().filter(f -> f != null && !f.isBlank()).map(String::strip)
                .distinct().toList();
    }

    /**
     * Checks and cleans the profile; messages are keyed by the form's field names.
     *
     * @param localGovernmentTerm the programme's word for its local governments (市町, 市町村), in the city's label
     */
    static MemberProfile checked(MemberProfile profile, InputChecks checks, String localGovernmentTerm) {
        if (profile == null) {
            checks.add("summary", TEXTS.get("membership.profile.summaryRequired"));
            return null;
        }
        String summary = checks.required("summary", TEXTS.get("membership.profile.summary"), profile.summary(), MAX_SUMMARY);
        String description = checks.optional("description", TEXTS.get("membership.profile.description"), profile.description(), MAX_DESCRIPTION);
        checks.check(profile.fields().size() <= MAX_FIELDS, "fields", TEXTS.get("membership.profile.tooManyFields", MAX_FIELDS));
        checks.check(profile.fields().stream().allMatch(f -> f.length() <= 40), "fields", TEXTS.get("membership.profile.fieldTooLong"));
        String city = checks.optional("city", TEXTS.get("membership.profile.city", localGovernmentTerm), profile.city(), 80);
        String url = checks.url("url", TEXTS.get("membership.profile.url"), profile.url(), 500);
        return new MemberProfile(summary, description, profile.fields(), city, url);
    }

    /** The properties of the CMS {@code member} item: {@code base} (e.g. the logo) with this profile on top. */
    Map<String, Object> toContent(String organizationName, OrganizationKind kind, Map<String, Object> base) {
        Map<String, Object> properties = new LinkedHashMap<>(base);
        properties.put("title", organizationName);
        properties.put("kind", kind.name().toLowerCase(Locale.ROOT));
        properties.put("summary", summary);
        properties.put("body", Paragraphs.toHtml(description));
        properties.put("fields", new ArrayList<>(fields));
        properties.put("city", city);
        properties.put("url", url);
        return properties;
    }

    /** Fields one per line, as stored in the case tables. */
    String fieldLines() {
        return fields.isEmpty() ? null : String.join("\n", fields);
    }

    static List<String> fromLines(String lines) {
        return lines == null ? List.of() : List.copyOf(new LinkedHashSet<>(lines.lines().toList()));
    }

}

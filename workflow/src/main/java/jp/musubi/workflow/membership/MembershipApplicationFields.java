package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.forms.FormField;
import jp.musubi.cms.site.SiteProperties;

/**
 * The fields of a membership application as a public form asks them, and the application they make:
 * shared by 会員登録 ({@code /join}) and 会員登録して提案 (issuecase), so both ask the same.
 */
public final class MembershipApplicationFields {

    /**
     * The applicant's organization and contact: what a non-member's proposal reuses for its proposer. The
     * labels use the programme's word for its local governments and its phone example.
     */
    public static List<FormField> fields(SiteProperties site) {
        return List.of(
                FormField.text("organizationName", TEXTS.get("membership.field.organizationName"), true, 200, TEXTS.get("membership.field.organizationName.hint"), "organization"),
                FormField.select("kind", TEXTS.get("membership.field.kind"), Arrays.stream(OrganizationKind.values())
                        .map(kind -> new FormField.Option(kind.name(), kind.label())).toList()),
                FormField.of("textarea", "summary", TEXTS.get("membership.field.summary"), true, 400,
                        TEXTS.get("membership.field.summary.hint"), null),
                FormField.of("textarea", "description", TEXTS.get("membership.field.description"), false, 4000,
                        TEXTS.get("membership.field.description.hint"), null),
                FormField.text("fields", TEXTS.get("membership.field.fields"), false, 400,
                        TEXTS.get("membership.field.fields.hint"), null),
                FormField.text("city", TEXTS.get("membership.field.city", site.localGovernmentTerm()), false, 80, TEXTS.get("membership.field.city.hint", site.cityExample()), null),
                FormField.of("url", "url", TEXTS.get("membership.field.url"), false, 500, TEXTS.get("membership.field.url.hint"), "url"),
                FormField.text("contactName", TEXTS.get("membership.field.contactName"), true, 100, TEXTS.get("membership.field.contactName.hint"), "name"),
                FormField.of("email", "contactEmail", TEXTS.get("membership.field.contactEmail"), true, 254,
                        TEXTS.get("membership.field.contactEmail.hint"), "email"),
                FormField.of("tel", "contactPhone", TEXTS.get("membership.field.contactPhone"), true, 20, TEXTS.get("membership.field.contactPhone.hint", site.phoneExample()), "tel"),
                FormField.text("loginId", TEXTS.get("membership.field.loginId"), true, 32,
                        TEXTS.get("membership.field.loginId.hint"), "username"),
                FormField.optionalCheckbox("newsletter", TEXTS.get("membership.field.newsletter"),
                        TEXTS.get("membership.field.newsletter.hint")),
                FormField.checkbox("agreement", TEXTS.get("membership.field.agreement")));
    }

    private MembershipApplicationFields() {
    }

    /** The application the checked form values describe (the field names of {@link #fields}). */
    public static MembershipApplication application(Map<String, String> values) {
        OrganizationKind kind = OrganizationKind.valueOf(values.get("kind"));
        List<String> fields = Arrays.stream(values.getOrDefault("fields", "").split("[、,，]"))
                .map(String::strip).filter(field -> !field.isEmpty()).toList();
        MemberProfile profile = new MemberProfile(values.get("summary"), blankToNull(values.get("description")), fields,
                blankToNull(values.get("city")), blankToNull(values.get("url")));
        return new MembershipApplication(values.get("organizationName"), kind, profile,
                values.get("contactName"), values.get("contactEmail"), values.get("contactPhone"),
                values.get("loginId") == null ? null : values.get("loginId").strip(), "yes".equals(values.get("newsletter")));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

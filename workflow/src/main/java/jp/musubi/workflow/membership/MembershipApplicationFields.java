package jp.musubi.workflow.membership;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.forms.FormField;

/**
 * The fields of a membership application as a public form asks them, and the application they make:
 * shared by 会員登録 ({@code /join}) and 会員登録して提案 (issuecase), so both ask the same.
 */
public final class MembershipApplicationFields {

    /** The applicant's organization and contact: what a non-member's proposal reuses for its proposer. */
    public static final List<FormField> FIELDS = List.of(
            FormField.text("organizationName", "組織名", true, 200, "会社名・大学名・団体名を正式名称で入力してください。", "organization"),
            FormField.select("kind", "種別", Arrays.stream(OrganizationKind.values())
                    .map(kind -> new FormField.Option(kind.name(), kind.label())).toList()),
            FormField.of("textarea", "summary", "概要（公開されます）", true, 400,
                    "会員一覧に載る紹介文です。400文字以内。", null),
            FormField.of("textarea", "description", "詳細（公開されます）", false, 4000,
                    "事業内容や得意分野など。空行で段落を分けられます。", null),
            FormField.text("fields", "活用分野（公開されます）", false, 400,
                    "例：防災、農業、医療・福祉（「、」で区切って10件まで）", null),
            FormField.text("city", "所在地の市町名（公開されます）", false, 80, "例：宇都宮市", null),
            FormField.of("url", "url", "ウェブサイト（公開されます）", false, 500, "例：https://www.example.jp/", "url"),
            FormField.text("contactName", "担当者名", true, 100, "公開されません。", "name"),
            FormField.of("email", "contactEmail", "担当者のメールアドレス", true, 254,
                    "公開されません。承認のお知らせをこのアドレスにお送りします。", "email"),
            FormField.of("tel", "contactPhone", "担当者の電話番号", true, 20, "公開されません。例：028-000-0000", "tel"),
            FormField.text("loginId", "希望するログインID", true, 32,
                    "半角英小文字・数字・「.」「_」「-」で3〜32文字。承認後、このIDでログインします。", "username"),
            FormField.checkbox("agreement", "利用規約とプライバシーポリシーに同意する"));

    private MembershipApplicationFields() {
    }

    /** The application the checked form values describe (the field names of {@link #FIELDS}). */
    public static MembershipApplication application(Map<String, String> values) {
        OrganizationKind kind = OrganizationKind.valueOf(values.get("kind"));
        List<String> fields = Arrays.stream(values.getOrDefault("fields", "").split("[、,，]"))
                .map(String::strip).filter(field -> !field.isEmpty()).toList();
        MemberProfile profile = new MemberProfile(values.get("summary"), blankToNull(values.get("description")), fields,
                blankToNull(values.get("city")), blankToNull(values.get("url")));
        return new MembershipApplication(values.get("organizationName"), kind, profile,
                values.get("contactName"), values.get("contactEmail"), values.get("contactPhone"),
                values.get("loginId") == null ? null : values.get("loginId").strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

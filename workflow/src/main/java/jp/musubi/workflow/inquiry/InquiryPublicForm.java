package jp.musubi.workflow.inquiry;

import java.util.List;
import java.util.Map;

import jp.musubi.cms.forms.FormField;
import jp.musubi.cms.forms.SiteForm;
import org.springframework.stereotype.Component;

/** 問合せ: starts the {@code inquiry} process through {@link Inquiries#receive}. */
@Component
class InquiryPublicForm implements SiteForm {

    private static final List<FormField> FIELDS = List.of(
            FormField.text("name", "お名前", true, 100, null, "name"),
            FormField.of("email", "email", "メールアドレス", true, 254, "回答はこのアドレスにお送りします。", "email"),
            FormField.text("organization", "所属（会社名・団体名）", false, 200, null, "organization"),
            FormField.text("subject", "件名", true, 200, null, null),
            FormField.of("textarea", "body", "お問い合わせ内容", true, 4000, "4000文字以内。", null));

    private final Inquiries inquiries;

    InquiryPublicForm(Inquiries inquiries) {
        this.inquiries = inquiries;
    }

    @Override
    public String path() {
        return "contact";
    }

    @Override
    public String title() {
        return "お問い合わせ";
    }

    @Override
    public String introduction() {
        return "プラットフォームへのご質問やイベントへの参加申込みなどをお送りください。事務局から、原則として5営業日以内にメールで回答します。";
    }

    @Override
    public String completion() {
        return "お問い合わせを受け付けました。事務局から、ご入力のメールアドレスに回答をお送りします。";
    }

    @Override
    public List<FormField> fields() {
        return FIELDS;
    }

    /** An event page links here with its subject filled in. */
    @Override
    public Map<String, String> prefill(Map<String, String> query) {
        String subject = query.get("subject");
        return subject == null || subject.length() > 200 ? Map.of() : Map.of("subject", subject);
    }

    @Override
    public void submit(Map<String, String> values) {
        inquiries.receive(new InquiryForm(values.get("name"), values.get("email"), values.get("organization"),
                values.get("subject"), values.get("body")));
    }
}

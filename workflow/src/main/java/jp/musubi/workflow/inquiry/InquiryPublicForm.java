package jp.musubi.workflow.inquiry;

import static jp.musubi.workflow.inquiry.InquiryTexts.TEXTS;

import java.util.List;
import java.util.Map;

import jp.musubi.cms.forms.FormField;
import jp.musubi.cms.forms.SiteForm;
import org.springframework.stereotype.Component;

/** 問合せ: starts the {@code inquiry} process through {@link Inquiries#receive}. */
@Component
class InquiryPublicForm implements SiteForm {

    private static final List<FormField> FIELDS = List.of(
            FormField.text("name", TEXTS.get("inquiry.field.name"), true, 100, null, "name"),
            FormField.of("email", "email", TEXTS.get("inquiry.field.email"), true, 254, TEXTS.get("inquiry.field.email.hint"), "email"),
            FormField.text("organization", TEXTS.get("inquiry.field.organization"), false, 200, null, "organization"),
            FormField.text("subject", TEXTS.get("inquiry.field.subject"), true, 200, null, null),
            FormField.of("textarea", "body", TEXTS.get("inquiry.field.body"), true, 4000, TEXTS.get("inquiry.field.body.hint"), null),
            FormField.checkbox("privacyConsent", TEXTS.get("inquiry.field.privacyConsent")));

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
        return TEXTS.get("inquiry.form.title");
    }

    @Override
    public String introduction() {
        return TEXTS.get("inquiry.form.introduction");
    }

    @Override
    public String completion() {
        return TEXTS.get("inquiry.form.completion");
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
    public String receiptField() {
        return "email";
    }

    @Override
    public void submit(Map<String, String> values) {
        inquiries.receive(new InquiryForm(values.get("name"), values.get("email"), values.get("organization"),
                values.get("subject"), values.get("body")));
    }
}

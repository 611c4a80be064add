package jp.musubi.workflow.consultation;

import static jp.musubi.workflow.consultation.ConsultationTexts.TEXTS;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.forms.FormField;
import jp.musubi.cms.forms.SiteForm;
import jp.musubi.cms.site.SiteProperties;
import org.springframework.stereotype.Component;

/** DX相談: starts the consultation process through {@link ConsultationRequests#receive}; a non-member may ask to join in it. */
@Component
class ConsultationForm implements SiteForm {

    private final ConsultationRequests requests;
    private final List<FormField> fields;
    private final String introduction;

    /** The labels name the programme's local governments and its phone example (site configuration). */
    ConsultationForm(ConsultationRequests requests, SiteProperties site) {
        this.requests = requests;
        String term = site.localGovernmentTerm();
        this.fields = List.of(
                FormField.text("organization", TEXTS.get("consultation.field.organization", term), true, 200, null, "organization"),
                FormField.select("requesterKind", TEXTS.get("consultation.field.requesterKind"), Arrays.stream(RequesterKind.values())
                        .map(kind -> new FormField.Option(kind.name(), kind.label(term))).toList()),
                FormField.text("contactName", TEXTS.get("consultation.field.contactName"), true, 100, null, "name"),
                FormField.of("email", "email", TEXTS.get("consultation.field.email"), true, 254, null, "email"),
                FormField.of("tel", "phone", TEXTS.get("consultation.field.phone"), false, 20, TEXTS.get("consultation.field.phone.hint", site.phoneExample()), "tel"),
                new FormField("membership", TEXTS.get("consultation.field.membership"), "select", false, 40,
                        TEXTS.get("consultation.field.membership.hint"), null, ConsultationRequests.MEMBERSHIPS.stream()
                        .map(value -> new FormField.Option(value, ConsultationTexts.option("consultation.membership", value))).toList()),
                new FormField("office", TEXTS.get("consultation.field.office"), "select", false, 40, null, null,
                        ConsultationRequests.OFFICES.stream()
                        .map(value -> new FormField.Option(value, ConsultationTexts.option("consultation.office", value))).toList()),
                FormField.text("topic", TEXTS.get("consultation.field.topic"), true, 200, TEXTS.get("consultation.field.topic.hint"), null),
                FormField.of("textarea", "body", TEXTS.get("consultation.field.body"), true, 4000,
                        TEXTS.get("consultation.field.body.hint"), null),
                FormField.checkbox("privacyConsent", TEXTS.get("consultation.field.privacyConsent")));
        this.introduction = TEXTS.get("consultation.form.introduction", term);
    }

    @Override
    public String path() {
        return "consultation";
    }

    @Override
    public String title() {
        return TEXTS.get("consultation.form.title");
    }

    @Override
    public String introduction() {
        return introduction;
    }

    @Override
    public String completion() {
        return TEXTS.get("consultation.form.completion");
    }

    @Override
    public Related related() {
        return new Related(TEXTS.get("consultation.form.join.lead"), TEXTS.get("consultation.join.title"), "/consultation-join");
    }

    @Override
    public List<FormField> fields() {
        return fields;
    }

    @Override
    public String receiptField() {
        return "email";
    }

    @Override
    public void submit(Map<String, String> values) {
        requests.receive(new ConsultationRequest(values.get("organization"), values.get("requesterKind"),
                values.get("contactName"), values.get("email"), values.get("phone"), values.get("topic"),
                values.get("body")), values.get("membership"), values.get("office"));
    }
}

package jp.musubi.workflow.consultation;

import static jp.musubi.workflow.consultation.ConsultationTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.forms.FormField;
import jp.musubi.cms.forms.SiteForm;
import jp.musubi.cms.site.SiteProperties;
import jp.musubi.workflow.membership.MembershipApplicationFields;
import org.springframework.stereotype.Component;

/**
 * 会員登録してDX相談 ({@code /consultation-join}): a non-member asks for a consultation and applies for
 * membership in one form, received together through {@link ConsultationRequests#receiveWithRegistration}.
 * The organization and contact are the application's, so they are asked once.
 */
@Component
class ConsultationRegistrationForm implements SiteForm {

    private final List<FormField> fields;

    private final ConsultationRequests requests;

    ConsultationRegistrationForm(ConsultationRequests requests, SiteProperties site) {
        this.fields = buildFields(site);
        this.requests = requests;
    }

    private static List<FormField> buildFields(SiteProperties site) {
        List<FormField> fields = new ArrayList<>();
        fields.add(new FormField("office", TEXTS.get("consultation.field.office"), "select", true, 40, null, null,
                ConsultationRequests.OFFICES.stream()
                        .map(value -> new FormField.Option(value, ConsultationTexts.option("consultation.office", value))).toList()));
        fields.add(FormField.text("topic", TEXTS.get("consultation.field.topic"), true, 200,
                TEXTS.get("consultation.field.topic.hint"), null));
        fields.add(FormField.of("textarea", "body", TEXTS.get("consultation.field.body"), true, 4000,
                TEXTS.get("consultation.field.body.hint"), null));
        fields.addAll(MembershipApplicationFields.fields(site));
        return List.copyOf(fields);
    }

    @Override
    public String path() {
        return "consultation-join";
    }

    @Override
    public String title() {
        return TEXTS.get("consultation.join.title");
    }

    @Override
    public String introduction() {
        return TEXTS.get("consultation.join.introduction");
    }

    @Override
    public String completion() {
        return TEXTS.get("consultation.join.completion");
    }

    @Override
    public Related related() {
        return new Related(TEXTS.get("consultation.join.back.lead"), TEXTS.get("consultation.form.title"), "/consultation");
    }

    @Override
    public List<FormField> fields() {
        return fields;
    }

    @Override
    public String receiptField() {
        return "contactEmail";
    }

    @Override
    public void submit(Map<String, String> values) {
        requests.receiveWithRegistration(values.get("topic"), values.get("body"), values.get("office"),
                MembershipApplicationFields.application(values));
    }
}

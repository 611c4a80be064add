package jp.musubi.workflow.event;

import static jp.musubi.workflow.event.EventTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.forms.FormField;
import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.site.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * The application form's fields as an event's settings ask them, and the full check of what was sent: the
 * service refuses anything the form would not have let through (a missing field, a value not offered, an
 * oversize answer), so nothing is stored from a hand-made request.
 */
@Component
class ApplicantChecks {

    static final String NAME = "name";
    static final String ORGANIZATION = "organization";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String MODE = "attendanceMode";
    static final String MEMBERSHIP = "membership";
    static final String STUDENT = "student";
    static final String CONSENT = "privacyConsent";
    /** Free questions: q1, q2, … */
    static final String QUESTION = "q";

    static final List<String> MODES = List.of("VENUE", "ONLINE");
    static final List<String> YES_NO = List.of("YES", "NO");

    private final EventProperties properties;
    /** The phone hint's example number is the programme's (028-… in Tochigi, 096-… in Kumamoto). */
    private final SiteProperties site;

    ApplicantChecks(EventProperties properties, SiteProperties site) {
        this.properties = properties;
        this.site = site;
    }

    /** @param withConsent the public form asks for the privacy policy; the change page does not again */
    List<FormField> fields(EventSettings settings, boolean withContact, boolean withConsent) {
        List<FormField> fields = new ArrayList<>();
        fields.add(FormField.text(NAME, TEXTS.get("event.field.name"), true, 100, null, "name"));
        fields.add(FormField.text(ORGANIZATION, TEXTS.get("event.field.organization"), true, 200,
                TEXTS.get("event.field.organization.hint"), "organization"));
        if (withContact) {
            fields.add(FormField.of("email", EMAIL, TEXTS.get("event.field.email"), true, 254,
                    TEXTS.get("event.field.email.hint"), "email"));
        }
        if (settings.askPhone()) {
            fields.add(FormField.of("tel", PHONE, TEXTS.get("event.field.phone"), false, 30,
                    TEXTS.get("event.field.phone.hint", site.phoneExample()), "tel"));
        }
        if (settings.askAttendanceMode()) {
            fields.add(FormField.select(MODE, TEXTS.get("event.field.attendanceMode"), options(EventTexts.MODE, MODES)));
        }
        if (settings.askMembership()) {
            fields.add(FormField.select(MEMBERSHIP, TEXTS.get("event.field.membership"), options(EventTexts.YES_NO, YES_NO)));
        }
        if (settings.askStudent()) {
            fields.add(FormField.select(STUDENT, TEXTS.get("event.field.student"), options(EventTexts.YES_NO, YES_NO)));
        }
        for (int i = 0; i < settings.questions().size(); i++) {
            fields.add(FormField.of("textarea", QUESTION + (i + 1), settings.questions().get(i), false,
                    properties.maxAnswerLength(), TEXTS.get("event.field.question.hint", properties.maxAnswerLength()), null));
        }
        if (withConsent) {
            fields.add(FormField.checkbox(CONSENT, TEXTS.get("event.field.privacyConsent")));
        }
        return fields;
    }

    private static List<FormField.Option> options(String prefix, List<String> values) {
        return values.stream().map(v -> new FormField.Option(v, TEXTS.get(prefix + v))).toList();
    }

    /** Checks every field the settings ask; throws {@link jp.musubi.cms.input.InputRefused} with a message per field. */
    ApplicantInput check(EventSettings settings, Map<String, String> values) {
        InputChecks checks = new InputChecks();
        String name = checks.required(NAME, TEXTS.get("event.field.name"), values.get(NAME), 100);
        checks.singleLine(NAME, TEXTS.get("event.field.name"), name);
        String organization = checks.required(ORGANIZATION, TEXTS.get("event.field.organization"), values.get(ORGANIZATION), 200);
        checks.singleLine(ORGANIZATION, TEXTS.get("event.field.organization"), organization);
        String email = checks.email(EMAIL, values.get(EMAIL));
        String phone = null;
        if (settings.askPhone()) {
            phone = checks.phone(PHONE, TEXTS.get("event.field.phone"), checks.optional(PHONE,
                    TEXTS.get("event.field.phone"), values.get(PHONE), 30), site.phoneExample());
        }
        String mode = settings.askAttendanceMode()
                ? checks.choice(MODE, TEXTS.get("event.field.attendanceMode"), values.get(MODE), MODES) : null;
        String membership = settings.askMembership()
                ? checks.choice(MEMBERSHIP, TEXTS.get("event.field.membership"), values.get(MEMBERSHIP), YES_NO) : null;
        String student = settings.askStudent()
                ? checks.choice(STUDENT, TEXTS.get("event.field.student"), values.get(STUDENT), YES_NO) : null;
        List<ApplicantInput.QuestionAnswer> answers = new ArrayList<>();
        for (int i = 0; i < settings.questions().size(); i++) {
            String question = settings.questions().get(i);
            String answer = checks.optional(QUESTION + (i + 1), question, values.get(QUESTION + (i + 1)),
                    properties.maxAnswerLength());
            answers.add(new ApplicantInput.QuestionAnswer(question, answer));
        }
        checks.throwIfAny();
        return new ApplicantInput(name, organization, email, phone, mode, membership, student, answers);
    }
}

package jp.musubi.workflow.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.demo.DemoDataReader;
import jp.musubi.cms.demo.DemoDataSection;
import jp.musubi.cms.demo.DemoDates;
import jp.musubi.workflow.membership.Organization;
import jp.musubi.workflow.membership.OrganizationContact;
import jp.musubi.workflow.membership.Organizations;
import org.springframework.stereotype.Component;

/**
 * The demo surveys ({@code surveys.yml}; Kumamoto's seeds have it, Tochigi's not), built as the secretariat
 * builds one on {@code /admin/surveys}: created through {@link Surveys}, its questions added one by one (each
 * file key checked against the key the builder gives), member organizations added as targets with their first
 * contact, the invitations sent through {@link SurveySending} (mails in the outbox), and some targets' answers
 * submitted through their personal links ({@link SurveyAnswers}), so the live rate and the results show them.
 */
@Component
class SurveyDemoData implements DemoDataSection {

    static final String FILE = "surveys.yml";
    static final String SECRETARIAT = "secretariat";

    private final Surveys surveys;
    private final SurveyTargets targets;
    private final SurveySending sending;
    private final SurveyAnswers answers;
    private final Organizations organizations;
    private final Clock clock;

    SurveyDemoData(Surveys surveys, SurveyTargets targets, SurveySending sending, SurveyAnswers answers,
                   Organizations organizations, Clock clock) {
        this.surveys = surveys;
        this.targets = targets;
        this.sending = sending;
        this.answers = answers;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "surveys";
    }

    @Override
    public int order() {
        // After the organizations (10) and the accounts (20).
        return 97;
    }

    @Override
    public void load(DemoDataReader reader) {
        if (!reader.exists(FILE)) {
            return;
        }
        for (DemoSurvey demo : reader.read(FILE, SurveysFile.class).surveys()) {
            build(demo);
        }
    }

    private void build(DemoSurvey demo) {
        LocalDate today = JapaneseTimes.today(clock);
        long id = surveys.create(new Surveys.Settings(demo.title(), demo.intro(),
                DemoDates.date(demo.opensOn(), today).toString(), DemoDates.date(demo.closesOn(), today).toString(),
                demo.programSurvey()), SECRETARIAT);
        Survey survey = surveys.find(id).orElseThrow();
        for (DemoQuestion question : demo.questions()) {
            String key = surveys.addQuestion(survey, question.form());
            if (!key.equals(question.key())) {
                throw new IllegalStateException("Demo survey question " + question.key() + " was added as " + key);
            }
        }
        Map<String, String> mailOf = new HashMap<>();
        for (String organizationKey : demo.targets()) {
            Organization organization = organizations.find(organizationKey)
                    .orElseThrow(() -> new IllegalStateException("Demo survey target of unknown organization " + organizationKey));
            OrganizationContact contact = organizations.activeContacts(organizationKey).stream().findFirst()
                    .orElseThrow(() -> new IllegalStateException("Demo survey target without a contact " + organizationKey));
            targets.ensure(survey, new SurveyRecipient(organization.name(), contact.personName(), contact.email()),
                    SurveyTargets.MEMBERS);
            mailOf.put(organizationKey, contact.email().strip());
        }
        sending.invite(surveys.find(id).orElseThrow());
        Map<String, String> tokenOf = new HashMap<>();
        targets.targets(id).forEach(target -> tokenOf.put(target.mail(), target.token()));
        for (DemoAnswer answer : demo.answers()) {
            String mail = mailOf.get(answer.organization());
            if (mail == null) {
                throw new IllegalStateException("Demo survey answer of " + answer.organization() + ", not a target");
            }
            Map<String, List<String>> form = new LinkedHashMap<>();
            answer.values().forEach((key, values) -> form.put(SurveyAnswers.FIELD + key, values));
            answers.submit(tokenOf.get(mail), form);
        }
    }

    record SurveysFile(List<DemoSurvey> surveys) {
    }

    /**
     * @param opensOn  first day of answers: a date or relative ({@code today-14}, {@link DemoDates})
     * @param closesOn last day of answers, likewise
     * @param targets  member organizations (organizations.yml keys) invited with their first contact
     */
    record DemoSurvey(String title, String intro, String opensOn, String closesOn, Boolean programSurvey,
                      List<DemoQuestion> questions, List<String> targets, List<DemoAnswer> answers) {
        DemoSurvey {
            programSurvey = Boolean.TRUE.equals(programSurvey);
            questions = questions == null ? List.of() : List.copyOf(questions);
            targets = targets == null ? List.of() : List.copyOf(targets);
            answers = answers == null ? List.of() : List.copyOf(answers);
        }
    }

    /**
     * A question as the builder's form takes it.
     *
     * @param key      the key the builder gives it (q1, q2… in order), used by the answers and {@code shownIfKey}
     * @param kind     SINGLE, MULTIPLE, SCALE or TEXT
     * @param choices  SINGLE / MULTIPLE
     */
    record DemoQuestion(String key, String kind, String text, Boolean required, List<String> choices, Integer scaleMin,
                        Integer scaleMax, String minLabel, String maxLabel, Integer maxLength, String shownIfKey,
                        String shownIfValue) {

        DemoQuestion {
            required = Boolean.TRUE.equals(required);
        }

        Map<String, String> form() {
            Map<String, String> form = new HashMap<>();
            form.put("kind", kind);
            form.put("text", text);
            form.put("required", String.valueOf(required));
            if (choices != null) {
                form.put("choices", String.join("\n", choices));
            }
            put(form, "scaleMin", scaleMin);
            put(form, "scaleMax", scaleMax);
            put(form, "minLabel", minLabel);
            put(form, "maxLabel", maxLabel);
            put(form, "maxLength", maxLength);
            put(form, "shownIfKey", shownIfKey);
            put(form, "shownIfValue", shownIfValue);
            return form;
        }

        private static void put(Map<String, String> form, String field, Object value) {
            if (value != null) {
                form.put(field, value.toString());
            }
        }
    }

    /** @param values per question key, the chosen choices (one for SINGLE and SCALE) or the text */
    record DemoAnswer(String organization, Map<String, List<String>> values) {
    }
}

package jp.musubi.workflow.consultation;

import static jp.musubi.workflow.consultation.ConsultationTexts.TEXTS;
import static jp.musubi.workflow.inbox.FormField.check;
import static jp.musubi.workflow.inbox.FormField.choice;
import static jp.musubi.workflow.inbox.FormField.line;
import static jp.musubi.workflow.inbox.FormField.select;
import static jp.musubi.workflow.inbox.FormField.text;
import static jp.musubi.workflow.inbox.FormField.yesNo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.inbox.FormField;
import jp.musubi.workflow.inbox.TaskForm;
import jp.musubi.workflow.inbox.TaskGoneException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The inbox forms of {@code consultation-matching}. */
@Configuration(proxyBeanMethods = false)
class ConsultationTaskForms {

    /** The key {@link ConsultationTasks} refuses with when the task is no longer the case's open step. */
    private static final String TASK = "task";
    /** A refusal of the whole choice (fewer than two companies), shown above the form. */
    private static final String COMPANIES = "companies";

    @Bean
    TaskForm consultationIntakeTaskForm(ConsultationTasks steps) {
        return new TaskForm("consultation-intake", List.of(
                choice("intakeOutcome", ConsultationTasks.INTAKE_OUTCOMES.toArray(String[]::new)), text("closeReason", false, 2000)),
                guarded(in -> {
                    String outcome = in.choice("intakeOutcome", ConsultationTasks.INTAKE_OUTCOMES.toArray(String[]::new));
                    in.checkParsed();
                    steps.intake(in.taskId(), outcome, in.text("closeReason"), in.user());
                }));
    }

    @Bean
    TaskForm consultationAdviceTaskForm(ConsultationTasks steps) {
        return new TaskForm("consultation-advice", List.of(
                text("advice", true, 4000), select("adviceChannel", true, ConsultationTasks.ADVICE_CHANNELS.toArray(String[]::new)),
                text("adviceNotes", false, 4000), yesNo("matchingWanted")),
                guarded(in -> {
                    Boolean matching = in.yesNo("matchingWanted");
                    in.checkParsed();
                    steps.advise(in.taskId(), in.text("advice"), in.text("adviceChannel"), in.text("adviceNotes"), matching, in.user());
                }));
    }

    @Bean
    TaskForm consultationOrganizeTaskForm(ConsultationTasks steps) {
        return new TaskForm("consultation-organize", List.of(
                text("issueBusiness", true, 2000), text("issueCurrent", true, 2000), text("issueGoal", true, 2000),
                line("issueBudget", false, 200), line("issueTiming", false, 200), text("issueConstraints", false, 2000)),
                guarded(in -> steps.organize(in.taskId(), new ConsultationCase.OrganizedIssue(in.text("issueBusiness"),
                        in.text("issueCurrent"), in.text("issueGoal"), in.text("issueBudget"), in.text("issueTiming"), in.text("issueConstraints")),
                        in.user())));
    }

    /**
     * One select per suggested organization (its best item, why it was suggested, a link to its page and
     * to the highlighted list), then the talent guidance.
     */
    @Bean
    TaskForm consultationInformTaskForm(ConsultationTasks steps, ConsultationRepository consultations) {
        return new TaskForm("consultation-inform", List.of(check("talentGuidance")),
                guarded(in -> {
                    Map<String, String> choices = new LinkedHashMap<>();
                    for (ConsultationSuggestion s : distinct(consultations.suggestions(in.caseId("consultationId")))) {
                        choices.put(s.organizationKey(), in.raw(InformFields.field(s.organizationKey())));
                    }
                    steps.inform(in.taskId(), choices, in.checked("talentGuidance"), in.user());
                }),
                variables -> {
                    Object id = variables.get("consultationId");
                    if (!(id instanceof Number number)) {
                        return List.of();
                    }
                    List<FormField> fields = new ArrayList<>();
                    FormField company = select("company", false, ConsultationTasks.INTRODUCE, ConsultationTasks.INTRODUCE_CONSENTED);
                    for (ConsultationSuggestion s : distinct(consultations.suggestions(number.longValue()))) {
                        String label = TEXTS.get("consultation.inform.item", s.position(), s.organizationName(), s.itemTitle(),
                                s.matchedTerms().isBlank() ? TEXTS.get("consultation.inform.noTerms") : s.matchedTerms());
                        fields.add(company.forItem(InformFields.field(s.organizationKey()), label, "consultationCompany")
                                .withLinks(List.of(new FormField.Link(TEXTS.get("consultation.inform.itemLink"), s.itemPath()))));
                    }
                    return fields;
                }, null);
    }

    @Bean
    TaskForm consultationFollowUpTaskForm(ConsultationTasks steps) {
        return new TaskForm("consultation-follow-up", List.of(yesNo("contactMade"), text("contactWith", false, 1000)),
                guarded(in -> {
                    Boolean made = in.yesNo("contactMade");
                    in.checkParsed();
                    steps.followUp(in.taskId(), made, in.text("contactWith"), in.user());
                }));
    }

    @Bean
    TaskForm consultationEffectTaskForm(ConsultationTasks steps) {
        return new TaskForm("consultation-effect", List.of(text("inUse", true, 4000)),
                guarded(in -> steps.verifyEffect(in.taskId(), in.text("inUse"), in.user())));
    }

    /** One place per organization: its best-placed item (the list may name an organization again after the top five). */
    static List<ConsultationSuggestion> distinct(List<ConsultationSuggestion> suggestions) {
        Map<String, ConsultationSuggestion> first = new LinkedHashMap<>();
        for (ConsultationSuggestion s : suggestions) {
            first.putIfAbsent(s.organizationKey(), s);
        }
        return List.copyOf(new LinkedHashSet<>(first.values()));
    }

    private static TaskForm.Submitter guarded(TaskForm.Submitter submitter) {
        return in -> {
            try {
                submitter.submit(in);
            } catch (InputRefused e) {
                if (e.errors().containsKey(TASK)) {
                    throw new TaskGoneException();
                }
                if (e.errors().containsKey(COMPANIES)) {
                    Map<String, String> errors = new LinkedHashMap<>(e.errors());
                    errors.put("", errors.remove(COMPANIES));
                    throw new InputRefused(errors);
                }
                throw e;
            }
        };
    }
}

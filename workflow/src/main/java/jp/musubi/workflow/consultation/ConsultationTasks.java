package jp.musubi.workflow.consultation;

import static jp.musubi.workflow.consultation.ConsultationTexts.TEXTS;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.suggestion.Suggestion;
import jp.musubi.cms.suggestion.SuggestionExposures;
import jp.musubi.cms.suggestion.Suggestions;
import jp.musubi.workflow.membership.Organizations;
import jp.musubi.workflow.task.TaskPermissions;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The human steps of {@code consultation-matching}: 受付, 相談対応, 課題整理, 情報提供, 状況確認 and 効果検証.
 * Each checks its input, writes the case and completes the task in one transaction; refused input
 * changes nothing.
 */
@Service
public class ConsultationTasks {

    static final String INTAKE = "intakeConsultation";
    static final String ADVICE = "giveAdvice";
    static final String ORGANIZE = "organizeIssue";
    static final String INFORM = "informCompanies";
    static final String FOLLOW_UP = "checkContact";
    static final String EFFECT = "verifyEffect";

    public static final List<String> INTAKE_OUTCOMES = List.of("ACCEPTED", "DUPLICATE", "OUT_OF_SCOPE");
    public static final List<String> ADVICE_CHANNELS = List.of("PHONE", "MAIL", "ONLINE", "VISIT");
    /** 情報提供, per suggested organization: introduce it, or introduce it and mail it (it agreed to be introduced). */
    public static final String INTRODUCE = "introduce";
    public static final String INTRODUCE_CONSENTED = "consented";
    /** How many suggestions the organized issue gets. */
    static final int SUGGESTIONS = 10;
    static final int MINIMUM_COMPANIES = 2;

    private final TaskService tasks;
    private final ConsultationRepository consultations;
    private final Suggestions suggestions;
    private final SuggestionExposures exposures;
    private final Organizations organizations;
    private final TaskPermissions permissions;
    private final Clock clock;

    ConsultationTasks(TaskService tasks, ConsultationRepository consultations, Suggestions suggestions,
                      SuggestionExposures exposures, Organizations organizations, TaskPermissions permissions, Clock clock) {
        this.tasks = tasks;
        this.consultations = consultations;
        this.suggestions = suggestions;
        this.exposures = exposures;
        this.organizations = organizations;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** @param outcome one of {@link #INTAKE_OUTCOMES}; a closing outcome needs the reason mailed to the requester */
    @Transactional
    public void intake(String taskId, String outcome, String reason, String user) {
        Task task = open(taskId, INTAKE);
        InputChecks checks = new InputChecks();
        checks.choice("intakeOutcome", TEXTS.get("consultation.task.outcome"), outcome, INTAKE_OUTCOMES);
        String cleaned = checks.optional("closeReason", TEXTS.get("consultation.task.reason"), reason, 2000);
        boolean accepted = "ACCEPTED".equals(outcome);
        if (outcome != null && !accepted && cleaned == null) {
            checks.add("closeReason", TEXTS.get("consultation.task.reasonRequired"));
        }
        checks.throwIfAny();
        consultations.intake(consultationId(task), outcome, accepted ? null : cleaned, user, clock.instant());
        complete(task, user, Map.of("intakeAccepted", accepted));
    }

    /** @param channel one of {@link #ADVICE_CHANNELS} */
    @Transactional
    public void advise(String taskId, String advice, String channel, String notes, Boolean matchingWanted, String user) {
        Task task = open(taskId, ADVICE);
        InputChecks checks = new InputChecks();
        String cleanedAdvice = checks.required("advice", TEXTS.get("consultation.task.advice"), advice, 4000);
        checks.choice("adviceChannel", TEXTS.get("consultation.task.channel"), channel, ADVICE_CHANNELS);
        String cleanedNotes = checks.optional("adviceNotes", TEXTS.get("consultation.task.notes"), notes, 4000);
        if (matchingWanted == null) {
            checks.add("matchingWanted", TEXTS.get("consultation.task.matchingWantedRequired"));
        }
        checks.throwIfAny();
        consultations.advice(consultationId(task), cleanedAdvice, channel, cleanedNotes, matchingWanted, user, clock.instant());
        complete(task, user, Map.of("matchingWanted", matchingWanted));
    }

    /** Stores the organized issue and the suggestions made from it (recorded as exposure of each organization). */
    @Transactional
    public void organize(String taskId, ConsultationCase.OrganizedIssue issue, String user) {
        Task task = open(taskId, ORGANIZE);
        ConsultationCase.OrganizedIssue in = issue == null ? new ConsultationCase.OrganizedIssue(null, null, null, null, null, null) : issue;
        InputChecks checks = new InputChecks();
        ConsultationCase.OrganizedIssue cleaned = new ConsultationCase.OrganizedIssue(
                checks.required("issueBusiness", TEXTS.get("consultation.issue.business"), in.business(), 2000),
                checks.required("issueCurrent", TEXTS.get("consultation.issue.current"), in.current(), 2000),
                checks.required("issueGoal", TEXTS.get("consultation.issue.goal"), in.goal(), 2000),
                checks.optional("issueBudget", TEXTS.get("consultation.issue.budget"), in.budget(), 200),
                checks.optional("issueTiming", TEXTS.get("consultation.issue.timing"), in.timing(), 200),
                checks.optional("issueConstraints", TEXTS.get("consultation.issue.constraints"), in.constraints(), 2000));
        checks.throwIfAny();
        long id = consultationId(task);
        ConsultationCase consultation = consultations.find(id).orElseThrow();
        consultations.organized(id, cleaned, clock.instant());
        List<Suggestion> found = suggestions.suggest(cleaned.asText(consultation.request().topic(), consultation.request().body()),
                SUGGESTIONS);
        List<ConsultationSuggestion> snapshot = new ArrayList<>();
        for (Suggestion s : found) {
            snapshot.add(new ConsultationSuggestion(snapshot.size() + 1, s.organizationKey(), s.organizationName(), s.workspace(),
                    s.name(), s.title(), String.join(TEXTS.get("consultation.list.separator"), s.matchedTerms()), s.highlightedHtml(), s.path()));
        }
        consultations.replaceSuggestions(id, snapshot);
        exposures.recordSuggested(context(id), found);
        complete(task, user, Map.of());
    }

    /**
     * @param choices per suggested organization key: {@link #INTRODUCE}, {@link #INTRODUCE_CONSENTED} or null (not introduced)
     * @throws InputRefused fewer than two companies, a company not suggested for this case, or one that has withdrawn
     */
    @Transactional
    public void inform(String taskId, Map<String, String> choices, boolean talentGuidance, String user) {
        Task task = open(taskId, INFORM);
        long id = consultationId(task);
        Map<String, ConsultationSuggestion> suggested = new LinkedHashMap<>();
        for (ConsultationSuggestion s : consultations.suggestions(id)) {
            suggested.putIfAbsent(s.organizationKey(), s);
        }
        InputChecks checks = new InputChecks();
        List<ConsultationIntroduction> chosen = new ArrayList<>();
        Map<String, String> given = choices == null ? Map.of() : choices;
        for (Map.Entry<String, String> choice : given.entrySet()) {
            String value = choice.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            String field = InformFields.field(choice.getKey());
            ConsultationSuggestion s = suggested.get(choice.getKey());
            if (s == null || !Set.of(INTRODUCE, INTRODUCE_CONSENTED).contains(value)) {
                checks.add(field, TEXTS.get("consultation.inform.notSuggested"));
            } else if (organizations.active(s.organizationKey()).isEmpty()) {
                checks.add(field, TEXTS.get("consultation.inform.withdrawn", s.organizationName()));
            } else {
                chosen.add(new ConsultationIntroduction(s.organizationKey(), s.organizationName(), s.itemTitle(), s.itemPath(),
                        INTRODUCE_CONSENTED.equals(value), clock.instant()));
            }
        }
        if (!checks.has("companies") && chosen.size() + checks.errors().size() < MINIMUM_COMPANIES) {
            checks.add("companies", TEXTS.get("consultation.inform.atLeastTwo", MINIMUM_COMPANIES));
        }
        checks.throwIfAny();
        consultations.informed(id, talentGuidance, chosen, user, clock.instant());
        for (ConsultationIntroduction introduction : chosen) {
            exposures.recordIntroduced(context(id), introduction.organizationKey(), introduction.organizationName());
        }
        complete(task, user, Map.of("talentGuidance", talentGuidance));
    }

    /** @param contactWith required when contact was made: with which of the introduced companies */
    @Transactional
    public void followUp(String taskId, Boolean contactMade, String contactWith, String user) {
        Task task = open(taskId, FOLLOW_UP);
        InputChecks checks = new InputChecks();
        if (contactMade == null) {
            checks.add("contactMade", TEXTS.get("consultation.task.contactMadeRequired"));
        }
        String with = checks.optional("contactWith", TEXTS.get("consultation.task.contactWith"), contactWith, 1000);
        if (Boolean.TRUE.equals(contactMade) && with == null) {
            checks.add("contactWith", TEXTS.get("consultation.task.contactWithRequired"));
        }
        checks.throwIfAny();
        long id = consultationId(task);
        int round = consultations.find(id).orElseThrow().followUpRound() + 1;
        consultations.followUp(id, round, contactMade, contactMade ? with : null, clock.instant());
        complete(task, user, Map.of("contactMade", contactMade, "followUpRound", round));
    }

    @Transactional
    public void verifyEffect(String taskId, String inUse, String user) {
        Task task = open(taskId, EFFECT);
        InputChecks checks = new InputChecks();
        String cleaned = checks.required("inUse", TEXTS.get("consultation.task.inUse"), inUse, 4000);
        checks.throwIfAny();
        consultations.effect(consultationId(task), cleaned, clock.instant());
        complete(task, user, Map.of());
    }

    static String context(long id) {
        return "consultation:" + id;
    }

    private Task open(String taskId, String taskKey) {
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !taskKey.equals(task.getTaskDefinitionKey())) {
            throw InputRefused.of("task", TEXTS.get("consultation.task.notOpen"));
        }
        return task;
    }

    private long consultationId(Task task) {
        return ((Number) tasks.getVariable(task.getId(), "consultationId")).longValue();
    }

    private void complete(Task task, String user, Map<String, Object> variables) {
        permissions.requireMayComplete(task, user);
        tasks.setAssignee(task.getId(), user);
        tasks.complete(task.getId(), variables);
    }
}

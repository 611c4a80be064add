package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jp.musubi.cms.input.InputChecks;
import org.flowable.task.api.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The human steps from intake to the selection of the issue: 取扱判断, 課題整理ヒアリング,
 * アイデア創出ワークショップ, 取組課題選定. Each validates, writes the case and completes the task in
 * one transaction; a refused step changes nothing.
 */
@Service
@Transactional
public class IntakeSteps {

    private final IssueCaseRepository cases;
    private final CaseTasks tasks;
    private final CaseClock clock;
    private final ApplicationEventPublisher events;

    IntakeSteps(IssueCaseRepository cases, CaseTasks tasks, CaseClock clock, ApplicationEventPublisher events) {
        this.cases = cases;
        this.tasks = tasks;
        this.clock = clock;
        this.events = events;
    }

    /** 取扱判断 (PREF_STAFF). The submitter is told the result by mail whatever it is. */
    public void decideHandling(long caseId, String taskId, IssueDecision decision, String comment, String user) {
        IssueCase issueCase = cases.lock(caseId);
        Task task = tasks.require(issueCase, taskId, "handlingDecision");
        InputChecks checks = new InputChecks();
        checks.check(decision != null, "decision", TEXTS.get("issuecase.intake.decision.required"));
        checks.optional("comment", TEXTS.get("issuecase.label.comment"), comment, 1000);
        checks.check(decision == null || decision == IssueDecision.HANDLE || InputChecks.clean(comment) != null, "comment",
                TEXTS.get("issuecase.intake.decision.commentRequired"));
        checks.throwIfAny();
        cases.recordHandlingDecision(caseId, decision.name(), InputChecks.clean(comment), user);
        cases.setStatus(caseId, switch (decision) {
            case HANDLE -> IssueCaseStatus.ORGANIZING;
            case OTHER_PROGRAM -> IssueCaseStatus.OTHER_PROGRAM;
            case DECLINE -> IssueCaseStatus.DECLINED;
        }, clock.now());
        tasks.complete(task, user, Map.of("handlingDecision", decision.name()));
    }

    /** 課題整理ヒアリング (SECRETARIAT): the organized points; an unclear direction leads to the workshop. */
    public void recordHearing(long caseId, String taskId, String organizedPoints, boolean directionClear, String user) {
        IssueCase issueCase = cases.lock(caseId);
        Task task = tasks.require(issueCase, taskId, "issueHearing");
        InputChecks checks = new InputChecks();
        checks.required("organizedPoints", TEXTS.get("issuecase.label.organizedPoints"), organizedPoints, 4000);
        checks.throwIfAny();
        cases.recordHearing(caseId, organizedPoints.strip(), directionClear);
        cases.setStatus(caseId, directionClear ? IssueCaseStatus.SELECTION : IssueCaseStatus.IDEA_WORKSHOP, clock.now());
        tasks.complete(task, user, Map.of("directionClear", directionClear));
    }

    /** アイデア創出ワークショップ (SECRETARIAT): back to selection, or close. */
    public void recordWorkshop(long caseId, String taskId, String notes, WorkshopOutcome outcome, String user) {
        IssueCase issueCase = cases.lock(caseId);
        Task task = tasks.require(issueCase, taskId, "ideaWorkshop");
        InputChecks checks = new InputChecks();
        checks.required("notes", TEXTS.get("issuecase.label.workshopNotes"), notes, 4000);
        checks.check(outcome != null, "outcome", TEXTS.get("issuecase.intake.workshop.outcome.required"));
        checks.throwIfAny();
        cases.recordWorkshop(caseId, notes.strip());
        cases.setStatus(caseId, outcome == WorkshopOutcome.SELECTION ? IssueCaseStatus.SELECTION : IssueCaseStatus.CLOSED,
                clock.now());
        tasks.complete(task, user, Map.of("workshopOutcome", outcome.name()));
    }

    /**
     * 取組課題選定 (SECRETARIAT and PREF_STAFF): the four criteria scored 1–5; a selected issue
     * collects other municipalities' participation intent until {@code participationDeadline}.
     */
    public void decideSelection(long caseId, String taskId, SelectionScores scores, boolean selected,
                                LocalDate participationDeadline, String comment, String user) {
        IssueCase issueCase = cases.lock(caseId);
        Task task = tasks.require(issueCase, taskId, "issueSelection");
        InputChecks checks = new InputChecks();
        checks.check(scores != null, "scores", TEXTS.get("issuecase.intake.scores.required"));
        checks.optional("comment", TEXTS.get("issuecase.label.comment"), comment, 1000);
        if (scores != null) {
            scores.validate(checks);
        }
        if (selected) {
            checks.check(participationDeadline != null, "participationDeadline", TEXTS.get("issuecase.intake.participationDeadline.required"));
            checks.check(participationDeadline == null || participationDeadline.isAfter(clock.today()),
                    "participationDeadline", TEXTS.get("issuecase.intake.participationDeadline.future"));
        }
        checks.throwIfAny();
        cases.recordSelection(caseId, scores, InputChecks.clean(comment), selected ? participationDeadline : null,
                selected ? clock.now() : null);
        cases.setStatus(caseId, selected ? IssueCaseStatus.COLLECTING_INTENT : IssueCaseStatus.NOT_SELECTED, clock.now());
        Map<String, Object> variables = new HashMap<>();
        variables.put("issueSelected", selected);
        if (selected) {
            variables.put("participationDeadlineTimer", Deadlines.timer(participationDeadline));
        }
        tasks.complete(task, user, variables);
        if (selected) {
            events.publishEvent(new IssueSelected(caseId, issueCase.title(), issueCase.municipality(), participationDeadline));
        }
    }
}

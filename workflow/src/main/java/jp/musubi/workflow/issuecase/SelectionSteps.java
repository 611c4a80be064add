package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.input.InputChecks;
import org.flowable.task.api.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The human steps of the solution selection: ソリューション選定ヒアリング (one or more),
 * ソリューション選定会議, and the optional 実証に向けた支援.
 */
@Service
@Transactional
public class SelectionSteps {

    private final IssueCaseRepository cases;
    private final ProposalRepository proposals;
    private final CaseTasks tasks;
    private final JdbcClient jdbc;
    private final CaseClock clock;

    SelectionSteps(IssueCaseRepository cases, ProposalRepository proposals, CaseTasks tasks, JdbcClient jdbc, CaseClock clock) {
        this.cases = cases;
        this.proposals = proposals;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a hearing; {@code anotherHearing} asks for one more before the meeting. */
    public void recordHearing(long caseId, String taskId, SelectionHearing hearing, boolean anotherHearing, String user) {
        IssueCase issueCase = cases.lock(caseId);
        Task task = tasks.require(issueCase, taskId, "selectionHearing");
        InputChecks checks = new InputChecks();
        checks.check(hearing.heldOn() != null, "heldOn", TEXTS.get("issuecase.selection.hearing.heldOn.required"));
        checks.check(hearing.heldOn() == null || !hearing.heldOn().isAfter(clock.today()), "heldOn",
                TEXTS.get("issuecase.selection.hearing.heldOn.past"));
        checks.required("participants", TEXTS.get("issuecase.label.participants"), hearing.participants(), 1000);
        checks.required("notes", TEXTS.get("issuecase.label.hearingNotes"), hearing.notes(), 4000);
        checks.throwIfAny();
        jdbc.sql("""
                INSERT INTO selection_hearing (issue_case_id, held_on, participants, notes, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """).params(caseId, Date.valueOf(hearing.heldOn()), hearing.participants().strip(), hearing.notes().strip(),
                user, Timestamp.from(clock.now())).update();
        tasks.complete(task, user, Map.of("anotherHearing", anotherHearing));
    }

    @Transactional(readOnly = true)
    public List<SelectionHearing> hearings(long caseId) {
        return jdbc.sql("SELECT held_on, participants, notes FROM selection_hearing WHERE issue_case_id = ? ORDER BY held_on, id")
                .param(caseId)
                .query((rs, n) -> new SelectionHearing(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3)))
                .list();
    }

    /**
     * ソリューション選定会議: a decision for each proposal under selection (none may be missing),
     * and whether the secretariat supports the matched parties toward a demonstration.
     */
    public void decideMeeting(long caseId, String taskId, Map<Long, ProposalDecision> decisions, boolean demonstrationSupport,
                              String comment, String user) {
        IssueCase issueCase = cases.lock(caseId);
        Task task = tasks.require(issueCase, taskId, "selectionMeeting");
        List<Proposal> underSelection = proposals.forCase(caseId).stream()
                .filter(p -> p.status() == ProposalStatus.UNDER_SELECTION).toList();
        InputChecks checks = new InputChecks();
        checks.optional("comment", TEXTS.get("issuecase.label.comment"), comment, 1000);
        for (Proposal proposal : underSelection) {
            ProposalDecision decision = decisions.get(proposal.id());
            checks.check(decision != null, "decisions[" + proposal.id() + "]",
                    TEXTS.get("issuecase.selection.decision.required", proposal.title()));
            checks.optional("decisions[" + proposal.id() + "].reason", TEXTS.get("issuecase.label.reason"),
                    decision == null ? null : decision.reason(), 1000);
        }
        checks.check(underSelection.stream().map(Proposal::id).toList().containsAll(decisions.keySet()), "decisions",
                TEXTS.get("issuecase.selection.notUnderSelection"));
        checks.throwIfAny();
        Timestamp now = Timestamp.from(clock.now());
        int selected = 0;
        for (Proposal proposal : underSelection) {
            ProposalDecision decision = decisions.get(proposal.id());
            jdbc.sql("""
                    INSERT INTO selection_decision (issue_case_id, proposal_id, selected, reason, decided_by, decided_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """).params(caseId, proposal.id(), decision.selected(), InputChecks.clean(decision.reason()), user, now).update();
            proposals.setStatus(proposal.id(), decision.selected() ? ProposalStatus.SELECTED : ProposalStatus.NOT_SELECTED);
            selected += decision.selected() ? 1 : 0;
        }
        cases.recordMeeting(caseId, InputChecks.clean(comment), demonstrationSupport);
        tasks.complete(task, user, Map.of("selectedCount", selected, "demonstrationSupport", demonstrationSupport));
    }

    /** 実証に向けた支援: what the secretariat did toward a demonstration; the case is complete. */
    public void recordDemonstrationSupport(long caseId, String taskId, String notes, String user) {
        IssueCase issueCase = cases.lock(caseId);
        Task task = tasks.require(issueCase, taskId, "demonstrationSupport");
        InputChecks checks = new InputChecks();
        checks.required("notes", TEXTS.get("issuecase.label.supportNotes"), notes, 4000);
        checks.throwIfAny();
        cases.recordDemonstrationNotes(caseId, notes.strip());
        cases.setStatus(caseId, IssueCaseStatus.COMPLETED, clock.now());
        tasks.complete(task, user, Map.of());
    }
}

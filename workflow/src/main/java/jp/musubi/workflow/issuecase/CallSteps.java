package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.input.InputChecks;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The human steps after the call's deadline: 募集延長の判断 and 提案審査 (SECRETARIAT). */
@Service
@Transactional
public class CallSteps {

    private final IssueCaseRepository cases;
    private final ProposalRepository proposals;
    private final CaseTasks tasks;
    private final CaseClock clock;

    CallSteps(IssueCaseRepository cases, ProposalRepository proposals, CaseTasks tasks, CaseClock clock) {
        this.cases = cases;
        this.proposals = proposals;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** No proposals by the deadline: extend the call once, to {@code newDeadline}, or close the issue. */
    public void decideExtension(long caseId, String taskId, boolean extend, LocalDate newDeadline, String user) {
        IssueCase issueCase = cases.lock(caseId);
        Task task = tasks.require(issueCase, taskId, "decideExtension");
        Map<String, Object> variables = new HashMap<>();
        variables.put("extendCall", extend);
        if (extend) {
            InputChecks checks = new InputChecks();
            checks.check(newDeadline != null, "newDeadline", TEXTS.get("issuecase.call.newDeadline.required"));
            checks.check(newDeadline == null || newDeadline.isAfter(clock.today()), "newDeadline",
                    TEXTS.get("issuecase.call.newDeadline.future"));
            checks.check(issueCase.extensionCount() == 0, "extend", TEXTS.get("issuecase.call.extend.once"));
            checks.throwIfAny();
            cases.recordExtension(caseId, newDeadline);
            variables.put("proposalDeadlineTimer", Deadlines.timer(newDeadline));
        }
        tasks.complete(task, user, variables);
    }

    /**
     * 提案審査: for every proposal received, whether it goes on to selection. A proposal whose
     * proposer has not finished registering cannot; at least one must.
     *
     * @param eligible proposal id → goes on to selection
     */
    public void reviewProposals(long caseId, String taskId, Map<Long, Boolean> eligible, String comment, String user) {
        IssueCase issueCase = cases.lock(caseId);
        Task task = tasks.require(issueCase, taskId, "reviewProposals");
        List<Proposal> received = proposals.forCase(caseId);
        InputChecks checks = new InputChecks();
        checks.optional("comment", TEXTS.get("issuecase.label.comment"), comment, 1000);
        for (Proposal proposal : received) {
            Boolean decision = eligible.get(proposal.id());
            String field = "eligible[" + proposal.id() + "]";
            checks.check(decision != null, field, TEXTS.get("issuecase.call.review.required", proposal.title()));
            checks.check(!Boolean.TRUE.equals(decision) || (proposal.status() != ProposalStatus.WAITING_FOR_REGISTRATION
                            && proposal.status() != ProposalStatus.REGISTRATION_DECLINED), field,
                    TEXTS.get("issuecase.call.review.notRegistered", proposal.title()));
        }
        checks.check(received.stream().allMatch(p -> eligible.containsKey(p.id())) && eligible.size() == received.size(),
                "eligible", TEXTS.get("issuecase.call.review.eachProposal"));
        checks.check(eligible.values().stream().anyMatch(Boolean.TRUE::equals), "eligible", TEXTS.get("issuecase.call.review.noneEligible"));
        checks.throwIfAny();
        for (Proposal proposal : received) {
            if (proposal.status() == ProposalStatus.REGISTRATION_DECLINED) {
                continue; // keeps saying why it is out of the selection
            }
            proposals.setStatus(proposal.id(), eligible.get(proposal.id()) ? ProposalStatus.UNDER_SELECTION : ProposalStatus.EXCLUDED);
        }
        cases.recordReviewComment(caseId, InputChecks.clean(comment));
        tasks.complete(task, user, Map.of("eligibleCount", (int) eligible.values().stream().filter(Boolean.TRUE::equals).count()));
    }
}

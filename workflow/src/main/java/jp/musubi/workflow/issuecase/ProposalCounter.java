package jp.musubi.workflow.issuecase;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 提案の集計: at the deadline, closes the call and puts {@code proposalCount} (proposals received,
 * those waiting for registration included) and {@code extensionCount} in the process.
 */
@Component("proposalCounter")
class ProposalCounter implements JavaDelegate {

    private final IssueCaseRepository cases;
    private final ProposalRepository proposals;
    private final CaseClock clock;

    ProposalCounter(IssueCaseRepository cases, ProposalRepository proposals, CaseClock clock) {
        this.cases = cases;
        this.proposals = proposals;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IssueCase issueCase = cases.lock(CaseIds.of(execution));
        int count = proposals.forCase(issueCase.id()).size();
        cases.setStatus(issueCase.id(), count > 0 ? IssueCaseStatus.REVIEWING : IssueCaseStatus.EXTENSION_DECISION, clock.now());
        execution.setVariable("proposalCount", count);
        execution.setVariable("extensionCount", issueCase.extensionCount());
    }
}

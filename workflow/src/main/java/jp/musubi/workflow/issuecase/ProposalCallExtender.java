package jp.musubi.workflow.issuecase;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 募集期間の延長: republishes the issue page with the new deadline; the call is open again (募集中). */
@Component("proposalCallExtender")
class ProposalCallExtender implements JavaDelegate {

    private final IssuePages pages;
    private final IssueCaseRepository cases;
    private final CaseClock clock;

    ProposalCallExtender(IssuePages pages, IssueCaseRepository cases, CaseClock clock) {
        this.pages = pages;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IssueCase issueCase = cases.lock(CaseIds.of(execution));
        pages.republish(issueCase.id(), properties -> {
            properties.put("proposalDeadline", issueCase.proposalDeadline().toString());
            properties.put("publicStatus", PublicStatus.RECRUITING.value());
        });
        cases.setStatus(issueCase.id(), IssueCaseStatus.RECRUITING, clock.now());
    }
}

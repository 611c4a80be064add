package jp.musubi.workflow.issuecase;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 課題ページの公開: publishes the approved revision (publicStatus 募集中) and opens the call for proposals. */
@Component("issuePagePublisher")
class IssuePagePublisher implements JavaDelegate {

    private final IssuePages pages;

    IssuePagePublisher(IssuePages pages) {
        this.pages = pages;
    }

    @Override
    public void execute(DelegateExecution execution) {
        pages.publishApproved(CaseIds.of(execution), ((Number) execution.getVariable("approvedRevision")).intValue(),
                (String) execution.getVariable("pageApprovedBy"));
    }
}

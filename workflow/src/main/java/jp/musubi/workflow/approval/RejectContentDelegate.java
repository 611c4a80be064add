package jp.musubi.workflow.approval;

import jp.musubi.cms.publication.PublicationService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 差し戻しの反映: the item is no longer "approval pending", so the editor can change it and submit
 * again. The decision and its comment are in {@code publication_request} already.
 */
@Component("rejectContentDelegate")
class RejectContentDelegate implements JavaDelegate {

    private final PublicationService publication;

    RejectContentDelegate(PublicationService publication) {
        this.publication = publication;
    }

    @Override
    public void execute(DelegateExecution execution) {
        publication.reject((String) execution.getVariable(PublicationProcess.WORKSPACE),
                (String) execution.getVariable(PublicationProcess.NAME),
                (String) execution.getVariable(PublicationProcess.DECISION_COMMENT),
                (String) execution.getVariable(PublicationProcess.DECIDED_BY));
    }
}

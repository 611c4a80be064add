package jp.musubi.workflow.approval;

import java.time.Clock;

import jp.musubi.cms.content.PublishedContent;
import jp.musubi.cms.publication.PublicationService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 公開（または公開停止）の実行: carries out an approved request in the transaction of the step that
 * reached it — the approval itself, or the timer at the requested publication time — so a failure
 * here undoes that step too. Decides whether a member newsletter follows ({@value PublicationProcess#SEND_NEWSLETTER}).
 */
@Component("publishContentDelegate")
class PublishContentDelegate implements JavaDelegate {

    /** Only articles have the newsletter flag, and only articles can be sent as newsletters. */
    static final String NEWSLETTER_WORKSPACE = "articles";

    private final PublicationService publication;
    private final PublishedContent published;
    private final PublicationRequestRepository requests;
    private final Clock clock;

    PublishContentDelegate(PublicationService publication, PublishedContent published,
                           PublicationRequestRepository requests, Clock clock) {
        this.publication = publication;
        this.published = published;
        this.requests = requests;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String workspace = (String) execution.getVariable(PublicationProcess.WORKSPACE);
        String name = (String) execution.getVariable(PublicationProcess.NAME);
        String approver = (String) execution.getVariable(PublicationProcess.DECIDED_BY);
        boolean newsletter = false;
        if (Boolean.TRUE.equals(execution.getVariable(PublicationProcess.UNPUBLISH))) {
            publication.unpublish(workspace, name, approver);
        } else {
            Integer revision = (Integer) execution.getVariable(PublicationProcess.REVISION);
            publication.publish(workspace, name, revision, approver);
            // The published properties, not the current draft's: the editor may have changed the flag since.
            newsletter = NEWSLETTER_WORKSPACE.equals(workspace) && published.find(workspace, name)
                    .map(item -> Boolean.TRUE.equals(item.properties().get("newsletter")))
                    .orElse(false);
        }
        execution.setVariable(PublicationProcess.SEND_NEWSLETTER, newsletter);
        requests.executed(execution.getProcessInstanceId(), clock.instant());
    }
}

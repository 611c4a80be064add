package jp.musubi.workflow.approval;

import jp.musubi.cms.newsletter.NewsletterSend;
import jp.musubi.cms.newsletter.NewsletterSends;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 会員向けメール配信: starts the member newsletter of the article just published, in the same
 * transaction (the send row is created now; its mails are enqueued in the background after commit).
 */
@Component("newsletterDelegate")
class NewsletterDelegate implements JavaDelegate {

    private final NewsletterSends newsletters;
    private final PublicationRequestRepository requests;

    NewsletterDelegate(NewsletterSends newsletters, PublicationRequestRepository requests) {
        this.newsletters = newsletters;
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String name = (String) execution.getVariable(PublicationProcess.NAME);
        // A revision sent before (published, taken off, approved again unchanged) is not sent twice.
        // Checked first instead of catching the refusal: a failed INSERT aborts a PostgreSQL transaction.
        boolean sentAlready = newsletters.articles().stream()
                .anyMatch(article -> article.name().equals(name) && article.alreadySent());
        if (sentAlready) {
            return;
        }
        // Flagged by whoever asked for the publication, approved by the decider: the history shows both.
        NewsletterSend send = newsletters.startApproved(name, (String) execution.getVariable(PublicationProcess.SUBMITTED_BY),
                (String) execution.getVariable(PublicationProcess.DECIDED_BY));
        execution.setVariable(PublicationProcess.NEWSLETTER_SEND_ID, send.id());
        requests.newsletterStarted(execution.getProcessInstanceId(), send.id());
    }
}

package jp.musubi.cms.search;

import jp.musubi.cms.event.ContentPublishedEvent;
import jp.musubi.cms.event.ContentUnpublishedEvent;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reads the change log right after a publication commits, so a published item is searchable within
 * moments rather than at the next scheduled run. Only after commit: before it, the change is not yet
 * visible to the follower's own transaction. Without a transaction the event is acted on at once.
 */
class SearchIndexNudge {

    private final SearchIndexScheduler scheduler;

    SearchIndexNudge(SearchIndexScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void published(ContentPublishedEvent event) {
        scheduler.nudge();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void unpublished(ContentUnpublishedEvent event) {
        scheduler.nudge();
    }
}

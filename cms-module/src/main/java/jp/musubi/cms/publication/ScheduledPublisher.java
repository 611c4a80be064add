package jp.musubi.cms.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.musubi.cms.content.ContentPublicationStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the items whose scheduled publication time has come, every
 * {@code musubi.cms.publication.scheduler-interval}. Each item is published in its own transaction,
 * so one failure (logged, retried on the next run) does not hold back the others.
 */
@Component
public class ScheduledPublisher {

    private static final Logger log = LoggerFactory.getLogger(ScheduledPublisher.class);
    private static final int BATCH = 100;

    private final PublicationService publication;
    private final ContentPublicationStore store;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public ScheduledPublisher(PublicationService publication, ContentPublicationStore store,
                              TransactionTemplate transaction, Clock clock) {
        this.publication = publication;
        this.store = store;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${musubi.cms.publication.scheduler-interval:1m}",
            initialDelayString = "${musubi.cms.publication.scheduler-interval:1m}")
    public void run() {
        publishDue();
    }

    /** Publishes every item due by the clock's now; returns how many were published. */
    public int publishDue() {
        Instant now = clock.instant();
        int published = 0;
        List<UUID> due;
        do {
            due = store.dueForPublication(now, BATCH);
            int before = published;
            for (UUID id : due) {
                try {
                    if (Boolean.TRUE.equals(transaction.execute(status -> publication.publishIfDue(id, now)))) {
                        published++;
                    }
                } catch (RuntimeException e) {
                    log.error("Scheduled publication of item {} failed; retried on the next run", id, e);
                }
            }
            if (published == before) {
                break; // nothing of this batch could be published: leave the rest to the next run
            }
        } while (due.size() == BATCH);
        if (published > 0) {
            log.info("{} scheduled publication(s) done", published);
        }
        return published;
    }
}

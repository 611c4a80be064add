package jp.musubi.cms.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.musubi.cms.mail.MailOutbox;
import jp.musubi.cms.node.NodeIdentity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a send's recipients into the outbox, one transaction per batch: the batch's mails, their
 * {@code newsletter_delivery} rows and the send's cursor commit together. After a crash the send
 * is resumed from its cursor by whichever node claims it next, and the (send, recipient) primary
 * key guarantees that nobody gets the newsletter twice.
 */
public class NewsletterEnqueuer {

    private final NewsletterSendRepository sends;
    private final NewsletterRecipients recipients;
    private final NewsletterComposer composer;
    private final MailOutbox outbox;
    private final TransactionTemplate transactions;
    private final NewsletterProperties properties;
    private final NodeIdentity node;
    private final Clock clock;

    NewsletterEnqueuer(NewsletterSendRepository sends, NewsletterRecipients recipients, NewsletterComposer composer,
                       MailOutbox outbox, TransactionTemplate transactions, NewsletterProperties properties, NodeIdentity node,
                       Clock clock) {
        this.sends = sends;
        this.recipients = recipients;
        this.composer = composer;
        this.outbox = outbox;
        this.transactions = transactions;
        this.properties = properties;
        this.node = node;
        this.clock = clock;
    }

    /**
     * At start-up of a single node: sends a dead process was enqueueing are free again at once, not
     * after their lease (only one process can use the database, so their holder is gone). A no-op
     * where several nodes may be alive: a peer's send is resumed when its lease runs out.
     *
     * @return how many sends were released
     */
    public int releaseClaimsOfDeadNodes() {
        return node.singleNode() ? sends.releaseClaimsOfOtherNodes(node.id()) : 0;
    }

    /** Continues every send that is still being prepared and that no live node holds. */
    public void resumeAll() {
        for (long id : sends.ids(NewsletterSendStatus.PREPARING)) {
            enqueue(id);
        }
    }

    /**
     * Enqueues the remaining recipients of a send.
     *
     * @return true when this call finished the send's enqueueing; false when another node holds it
     *         (or lost it to another node on the way)
     */
    public boolean enqueue(long sendId) {
        String owner = UUID.randomUUID().toString();
        Instant now = clock.instant();
        if (!sends.claim(sendId, owner, node.id(), now, now.plus(properties.lease()))) {
            return false;
        }
        // Rendered once for the whole send: only each member's unsubscribe link differs.
        NewsletterComposer.Prepared content = composer.prepare(sendId, sends.content(sendId));
        try {
            Step step;
            do {
                step = transactions.execute(status -> batch(sendId, owner, content));
            } while (step == Step.MORE);
            return step == Step.FINISHED;
        } catch (LeaseLostException e) {
            return false;
        } catch (RuntimeException e) {
            // Let another node (or the next pass) resume at once instead of after the lease.
            sends.release(sendId, owner);
            throw e;
        }
    }

    private Step batch(long sendId, String owner, NewsletterComposer.Prepared content) {
        Optional<NewsletterSendRepository.Cursor> cursor = sends.cursor(sendId, owner);
        if (cursor.isEmpty()) {
            return Step.LOST;
        }
        Instant now = clock.instant();
        List<NewsletterRecipient> batch = recipients.after(cursor.get().afterKey(), properties.batchSize());
        if (batch.isEmpty()) {
            return sends.finishEnqueueing(sendId, owner, now) ? Step.FINISHED : Step.LOST;
        }
        for (NewsletterRecipient recipient : batch) {
            if (!sends.delivered(sendId, recipient.key())) {
                long outboxId = outbox.enqueue(composer.mail(content, recipient));
                sends.addDelivery(sendId, recipient.key(), outboxId);
            }
        }
        if (!sends.advance(sendId, owner, batch.get(batch.size() - 1).key(), now.plus(properties.lease()))) {
            // Another node took the send over meanwhile: roll this batch back, it continues from its cursor.
            throw new LeaseLostException(sendId);
        }
        return Step.MORE;
    }

    private enum Step {
        MORE,
        FINISHED,
        LOST
    }

    /** Rolls back a batch whose send was taken over by another node. */
    static final class LeaseLostException extends RuntimeException {
        LeaseLostException(long sendId) {
            super("newsletter send " + sendId + " was taken over by another node");
        }
    }
}

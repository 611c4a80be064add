package jp.musubi.cms.newsletter;

import java.time.Instant;

/**
 * One send of an article revision to the members.
 *
 * @param total    recipients counted at the start; set to the number actually enqueued when enqueueing ends
 * @param enqueued recipients whose mail is in the outbox
 * @param sent     of those, delivered to the SMTP server
 * @param failed   of those, finally failed (see the outbox page)
 */
public record NewsletterSend(long id, String articleName, int articleRevision, String title, NewsletterSendStatus status,
                             int total, int enqueued, int sent, int failed, Instant createdAt, String createdBy,
                             Instant completedAt) {

    /** Percentage of recipients settled (sent or failed), for a progress bar. */
    public int percentDone() {
        return total <= 0 ? (status == NewsletterSendStatus.COMPLETED ? 100 : 0)
                : Math.min(100, (int) ((sent + failed) * 100L / total));
    }
}

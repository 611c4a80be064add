package jp.musubi.cms.newsletter;

import java.time.Instant;

/**
 * One send of an article revision to the members.
 *
 * @param total    recipients counted at the start; set to the number actually enqueued when enqueueing ends
 * @param enqueued recipients whose mail is in the outbox
 * @param sent     of those, delivered to the SMTP server
 * @param failed   of those, finally failed (see the outbox page)
 * @param createdBy   who started it: the secretariat by hand, or the approver
 * @param requestedBy for a send started by an approval, who asked for the publication with 「会員向けメールでも配信」; else null
 * @param approvedBy  for a send started by an approval, who approved it; else null
 */
public record NewsletterSend(long id, String articleName, int articleRevision, String title, NewsletterSendStatus status,
                             int total, int enqueued, int sent, int failed, Instant createdAt, String createdBy,
                             Instant completedAt, String requestedBy, String approvedBy) {

    /** Started by a publication approval: the article was flagged for the newsletter and approved. */
    public boolean startedByApproval() {
        return approvedBy != null;
    }

    /** Percentage of recipients settled (sent or failed), for a progress bar. */
    public int percentDone() {
        return total <= 0 ? (status == NewsletterSendStatus.COMPLETED ? 100 : 0)
                : Math.min(100, (int) ((sent + failed) * 100L / total));
    }
}

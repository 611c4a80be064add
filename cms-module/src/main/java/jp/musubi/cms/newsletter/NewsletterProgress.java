package jp.musubi.cms.newsletter;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jp.musubi.cms.mail.MailStatus;
import jp.musubi.cms.mail.OutboxMessages;

/**
 * Follows sends whose mails are being delivered: how many were sent or finally failed, counted
 * from the outbox (the one source of truth, so the figures survive any crash), and COMPLETED once
 * every mail is settled. Completed sends are what the annual newsletter target counts.
 */
public class NewsletterProgress {

    private final NewsletterSendRepository sends;
    private final OutboxMessages outbox;
    private final Clock clock;

    NewsletterProgress(NewsletterSendRepository sends, OutboxMessages outbox, Clock clock) {
        this.sends = sends;
        this.outbox = outbox;
        this.clock = clock;
    }

    public void refresh() {
        for (long id : sends.ids(NewsletterSendStatus.SENDING)) {
            Map<MailStatus, Long> counts = outbox.countByStatus(NewsletterComposer.correlation(id));
            long sent = counts.get(MailStatus.SENT);
            long failed = counts.get(MailStatus.FAILED);
            sends.progress(id, sent, failed);
            NewsletterSend send = sends.find(id).orElseThrow();
            if (sent + failed >= send.enqueued()) {
                sends.complete(id, clock.instant());
            }
        }
    }

    /**
     * Newsletters started in {@code [from, to)} that have completed: the figure for the annual
     * target (栃木県: 会員向けメール配信 16回以上).
     */
    public long countSends(Instant from, Instant to) {
        refresh();
        return sends.countCompleted(from, to);
    }
}

package jp.musubi.cms.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outgoing mail ({@code musubi.mail.*}). SMTP itself is Spring Boot's {@code spring.mail.*}: without
 * {@code spring.mail.host} no sender runs and every mail stays in the outbox.
 *
 * @param from     envelope and header sender address; its domain also names the Message-IDs
 * @param fromName display name of the sender (Japanese), e.g. the platform's secretariat
 * @param replyTo  where replies go (the secretariat's desk), or blank for none
 */
@ConfigurationProperties("musubi.mail")
public record MailOutboxProperties(@DefaultValue("noreply@localhost") String from,
                             @DefaultValue("DX推進プラットフォーム事務局") String fromName,
                             @DefaultValue("") String replyTo,
                             @DefaultValue Sender sender) {

    /** The domain of {@link #from()}, used to build Message-IDs. */
    public String fromDomain() {
        int at = from.lastIndexOf('@');
        return at < 0 || at == from.length() - 1 ? "localhost" : from.substring(at + 1);
    }

    /**
     * The outbox sender.
     *
     * @param enabled        false keeps the sender's background threads off (tests drive it by hand)
     * @param pollInterval   pause between two looks at the outbox when it is empty
     * @param batchSize      messages claimed at once
     * @param workers        sender threads on this node (each claims its own batches)
     * @param lease          how long a claimed message belongs to its sender; afterwards another may take it.
     *                       Unset: three times {@code smtpTimeout} (one SMTP exchange is bounded by two of them,
     *                       and the sender renews the lease before starting one that could outlast it)
     * @param maxAttempts    attempts before a message is FAILED
     * @param initialBackoff wait after the first failed attempt; doubles with every further failure
     * @param maxBackoff     upper bound of that wait
     * @param smtpTimeout    connect/read/write timeout of the SMTP connection, when not set in spring.mail.properties
     */
    public record Sender(@DefaultValue("true") boolean enabled,
                         @DefaultValue("5s") Duration pollInterval,
                         @DefaultValue("50") int batchSize,
                         @DefaultValue("2") int workers,
                         Duration lease,
                         @DefaultValue("8") int maxAttempts,
                         @DefaultValue("1m") Duration initialBackoff,
                         @DefaultValue("6h") Duration maxBackoff,
                         @DefaultValue("20s") Duration smtpTimeout) {

        public Sender {
            // Just what one send needs: a dead sender's messages wait no longer than this for another node.
            if (lease == null) {
                lease = smtpTimeout.multipliedBy(3);
            }
            if (batchSize < 1 || workers < 1 || maxAttempts < 1) {
                throw new IllegalArgumentException("musubi.mail.sender: batch-size, workers and max-attempts must be at least 1");
            }
            if (lease.compareTo(smtpTimeout.multipliedBy(3)) < 0) {
                // A lease shorter than a slow SMTP exchange would let a second sender take a message
                // that is still being delivered.
                throw new IllegalArgumentException("musubi.mail.sender.lease must be at least three times smtp-timeout");
            }
        }

        /** Wait before the next attempt after {@code attempts} failed ones: initial × 2^(attempts−1), capped. */
        public Duration backoffAfter(int attempts) {
            Duration delay = initialBackoff;
            for (int i = 1; i < attempts && delay.compareTo(maxBackoff) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
        }
    }
}

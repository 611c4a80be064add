package jp.musubi.cms.mail;

import java.time.Instant;
import java.util.Map;

/** One row of the outbox, as the sender and the admin pages see it. */
public record OutboxMessage(long id, String messageId, String kind, String recipient, String subject,
                            String textBody, String htmlBody, Map<String, String> headers, String correlation,
                            MailStatus status, int attempts, Instant nextAttemptAt, Instant leaseUntil,
                            String lastError, Instant createdAt, Instant sentAt) {

    public OutboxMessage {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}

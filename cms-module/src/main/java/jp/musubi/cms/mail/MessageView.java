package jp.musubi.cms.mail;

import java.util.List;

import jp.musubi.cms.common.JapaneseTimes;

/** One outbox message in detail, formatted for the page; the text body line by line so it wraps. */
record MessageView(long id, String messageId, String kind, String recipient, String subject, List<String> textLines,
                   MailStatus status, int attempts, String nextAttemptAt, String lastError, String createdAt,
                   String sentAt, boolean retryable) {

    static MessageView of(OutboxMessage message, MailKinds kinds) {
        return new MessageView(message.id(), message.messageId(), kinds.label(message.kind()), message.recipient(),
                message.subject(), message.textBody().lines().toList(), message.status(), message.attempts(),
                message.status() == MailStatus.PENDING ? JapaneseTimes.dateTime(message.nextAttemptAt()) : "",
                message.lastError(), JapaneseTimes.dateTime(message.createdAt()), JapaneseTimes.dateTime(message.sentAt()),
                message.status() == MailStatus.FAILED);
    }
}

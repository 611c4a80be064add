package jp.musubi.cms.mail;

import jp.musubi.cms.common.JapaneseTimes;

/** One line of the outbox list, formatted for the page. */
record OutboxRow(long id, String createdAt, String kind, String recipient, String subject, MailStatus status,
                 int attempts, String nextAttemptAt, String sentAt) {

    static OutboxRow of(OutboxMessage message, MailKinds kinds) {
        return new OutboxRow(message.id(), JapaneseTimes.dateTime(message.createdAt()), kinds.label(message.kind()),
                message.recipient(), message.subject(), message.status(), message.attempts(),
                message.status() == MailStatus.PENDING ? JapaneseTimes.dateTime(message.nextAttemptAt()) : "",
                JapaneseTimes.dateTime(message.sentAt()));
    }
}

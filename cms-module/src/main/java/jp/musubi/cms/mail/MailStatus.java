package jp.musubi.cms.mail;

/** Where an outbox message is in its delivery. */
public enum MailStatus {
    /** Waiting for its next attempt ({@code next_attempt_at}). */
    PENDING,
    /** Claimed by a sender until {@code lease_until}; re-claimed by another sender after that. */
    SENDING,
    SENT,
    /** Gave up after the maximum attempts or a permanent refusal; an administrator may retry. */
    FAILED;

    /** The Japanese name, from {@code i18n/mail.properties}. */
    public String label() {
        return MailTexts.TEXTS.get("mail.status." + name());
    }
}

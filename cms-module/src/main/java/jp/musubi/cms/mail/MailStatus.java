package jp.musubi.cms.mail;

/** Where an outbox message is in its delivery. */
public enum MailStatus {
    /** Waiting for its next attempt ({@code next_attempt_at}). */
    PENDING("送信待ち"),
    /** Claimed by a sender until {@code lease_until}; re-claimed by another sender after that. */
    SENDING("送信中"),
    SENT("送信済み"),
    /** Gave up after the maximum attempts or a permanent refusal; an administrator may retry. */
    FAILED("送信失敗");

    private final String label;

    MailStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

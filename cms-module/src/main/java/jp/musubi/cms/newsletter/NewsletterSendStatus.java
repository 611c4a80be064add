package jp.musubi.cms.newsletter;

/** Where a newsletter send is. */
public enum NewsletterSendStatus {
    /** Recipients are being written into the outbox, batch by batch. */
    PREPARING("宛先を登録中"),
    /** Every recipient is in the outbox; the sender is delivering. */
    SENDING("送信中"),
    /** Every mail was delivered or finally failed. Counts for the annual newsletter target. */
    COMPLETED("配信完了");

    private final String label;

    NewsletterSendStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

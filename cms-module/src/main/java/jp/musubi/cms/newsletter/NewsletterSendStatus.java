package jp.musubi.cms.newsletter;

import static jp.musubi.cms.newsletter.NewsletterTexts.TEXTS;

/** Where a newsletter send is. */
public enum NewsletterSendStatus {
    /** Recipients are being written into the outbox, batch by batch. */
    PREPARING,
    /** Every recipient is in the outbox; the sender is delivering. */
    SENDING,
    /** Every mail was delivered or finally failed. Counts for the annual newsletter target. */
    COMPLETED;

    /** The Japanese name, from {@code i18n/newsletter.properties}. */
    public String label() {
        return TEXTS.get("newsletter.status." + name());
    }
}

package jp.musubi.cms.newsletter;

/** Records a member's own request to stop the newsletter, in the member registry (workflow module). */
public interface NewsletterOptOut {

    /**
     * Stops the newsletter of the recipient with this {@link NewsletterRecipient#unsubscribeId() unsubscribe id}.
     * Idempotent: a second request answers {@link OptOutResult#ALREADY_OPTED_OUT}.
     */
    OptOutResult optOut(String unsubscribeId);

    enum OptOutResult {
        OPTED_OUT,
        ALREADY_OPTED_OUT,
        /** No subscription with that id (any more) (e.g. the member withdrew): nothing will be sent to it. */
        UNKNOWN
    }
}

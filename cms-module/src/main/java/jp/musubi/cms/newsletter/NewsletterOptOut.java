package jp.musubi.cms.newsletter;

/** Records a member's own request to stop the newsletter, in the member registry (workflow module). */
public interface NewsletterOptOut {

    /** Idempotent: a second request for the same key answers {@link OptOutResult#ALREADY_OPTED_OUT}. */
    OptOutResult optOut(String recipientKey);

    enum OptOutResult {
        OPTED_OUT,
        ALREADY_OPTED_OUT,
        /** No subscription with that key any more (e.g. the member withdrew): nothing will be sent to it. */
        UNKNOWN
    }
}

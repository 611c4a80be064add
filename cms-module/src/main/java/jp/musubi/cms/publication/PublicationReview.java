package jp.musubi.cms.publication;

import java.time.Instant;

/**
 * One request to publish or unpublish an item, and the approver's answer, as the CMS sees it:
 * the four-eyes process that decides it runs in workflow, which cms-module cannot depend on.
 *
 * @param revision        the submitted revision
 * @param unpublish       the request is to take the item off the site
 * @param decision        null while the approver has not decided
 * @param decisionComment the approver's comment, what the editor needs after a rejection
 */
public record PublicationReview(int revision, boolean unpublish, Instant submittedAt, String submittedBy,
                                Decision decision, Instant decidedAt, String decidedBy, String decisionComment) {

    /** The approver's answer. */
    public enum Decision {
        APPROVED,
        REJECTED
    }

    /** Sent back by the approver: the item needs the editor again. */
    public boolean rejected() {
        return decision == Decision.REJECTED;
    }
}

package jp.musubi.workflow.approval;

import java.time.Instant;

/**
 * One submission for publication and what became of it (table {@code publication_request}).
 *
 * @param revision   the submitted revision, the one published if approved
 * @param publishAt  requested publication time, or null for "as soon as approved"
 * @param unpublish  the request is to take the item off the site
 * @param decision   null while the approval is open
 * @param executedAt when the approved (un)publication was carried out
 */
public record PublicationRequest(long id, String processInstanceId, String workspace, String name, int revision,
                                 String itemTitle, Instant submittedAt, String submittedBy, String submitComment,
                                 Instant publishAt, boolean unpublish, PublicationDecision decision, Instant decidedAt,
                                 String decidedBy, String decisionComment, Instant executedAt, Long newsletterSendId) {
}

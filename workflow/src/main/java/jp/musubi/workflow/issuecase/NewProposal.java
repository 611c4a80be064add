package jp.musubi.workflow.issuecase;

/**
 * A proposal as a member (or a non-member registering at the same time) submits it.
 *
 * @param organizationId the proposing member organization; null for a non-member, whose membership
 *                       application runs alongside (the proposal then waits for the registration)
 */
public record NewProposal(Long organizationId, String organizationName, String contactName, String contactEmail,
                          String title, String summary) {
}

package jp.musubi.workflow.issuecase;

/**
 * A solution proposal to an issue's call. The contact is personal data.
 *
 * @param organizationId the member organization, or null while a non-member's registration is pending
 */
public record Proposal(long id, long issueCaseId, Long organizationId, String organizationName, String contactName,
                       String contactEmail, String title, String summary, ProposalStatus status) {
}

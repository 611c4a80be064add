package jp.musubi.workflow.issuecase;

/** A non-member's proposal and the membership application received with it. */
public record ProposalWithRegistration(long proposalId, long membershipApplicationId) {
}

package jp.musubi.workflow.membership;

/**
 * Published in the admission's transaction when a membership application is approved and the
 * organization entered the member registry (e.g. a proposal sent with the application now counts).
 */
public record MemberAdmitted(long applicationId, long organizationId, String organizationKey) {
}

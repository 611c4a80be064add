package jp.musubi.workflow.membership;

/** Published in the screening's transaction when a membership application is declined. */
public record MembershipRefused(long applicationId) {
}

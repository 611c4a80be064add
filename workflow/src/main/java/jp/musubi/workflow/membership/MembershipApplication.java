package jp.musubi.workflow.membership;

/**
 * A membership application (入会申込み) as the public form sends it.
 *
 * @param kind    企業 / 大学 / 研究室 / 団体
 * @param profile what the public profile will show once approved
 * @param loginId the login ID the applicant wishes for the member account
 */
public record MembershipApplication(String organizationName, OrganizationKind kind, MemberProfile profile,
                                    String contactName, String contactEmail, String contactPhone, String loginId) {
}

package jp.musubi.workflow.membership;

/**
 * A membership application (入会申込み) as the public form sends it.
 *
 * @param kind    企業 / 大学 / 研究室 / 団体
 * @param profile what the public profile will show once approved
 * @param loginId the login ID the applicant wishes for the member account
 * @param newsletterOptIn whether the applicant asked for the member newsletter (an explicit, unchecked-by-default choice)
 */
public record MembershipApplication(String organizationName, OrganizationKind kind, MemberProfile profile,
                                    String contactName, String contactEmail, String contactPhone, String loginId,
                                    boolean newsletterOptIn) {

    /** An application that did not ask for the newsletter. */
    public MembershipApplication(String organizationName, OrganizationKind kind, MemberProfile profile,
                                 String contactName, String contactEmail, String contactPhone, String loginId) {
        this(organizationName, kind, profile, contactName, contactEmail, contactPhone, loginId, false);
    }
}

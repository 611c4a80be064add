package jp.musubi.cms.mail.notification;

/**
 * 会員登録の承認: the secretariat approved an organization's membership application.
 *
 * @param loginId the member's login ID, or null when it is handed over another way
 */
public record MembershipApproved(String to, String contactName, String organizationName, String loginId) {

    public MembershipApproved {
        Required.text(to, "to");
        Required.text(contactName, "contactName");
        Required.text(organizationName, "organizationName");
        loginId = Required.optional(loginId);
    }
}

package jp.musubi.cms.mail.notification;

import java.time.LocalDate;

/**
 * 会員登録の承認: the secretariat approved an organization's membership application.
 *
 * @param loginId             the member's login ID, or null when it is handed over another way
 * @param activationPath      the one-time page where the member sets a first password
 *                            (e.g. {@code /account/activate?token=…}), or null
 * @param activationExpiresOn the last day the activation page works, with {@code activationPath}
 */
public record MembershipApproved(String to, String contactName, String organizationName, String loginId,
                                 String activationPath, LocalDate activationExpiresOn) {

    public MembershipApproved {
        Required.text(to, "to");
        Required.text(contactName, "contactName");
        Required.text(organizationName, "organizationName");
        loginId = Required.optional(loginId);
        activationPath = Required.optional(activationPath);
        if (activationPath != null && (!activationPath.startsWith("/") || activationExpiresOn == null)) {
            throw new IllegalArgumentException("activationPath must be an application path with an expiry date");
        }
    }

    /** Without an activation page: the password is handed over another way. */
    public MembershipApproved(String to, String contactName, String organizationName, String loginId) {
        this(to, contactName, organizationName, loginId, null, null);
    }
}

package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jp.musubi.cms.mail.notification.MailDates;
import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/**
 * 会員登録の承認: the secretariat approved an organization's membership application.
 *
 * @param loginId             the member's login ID, or null when it is handed over another way
 * @param activationPath      the one-time page where the member sets a first password
 *                            (e.g. {@code /account/activate?token=…}), or null
 * @param activationExpiresOn the last day the activation page works, with {@code activationPath}
 */
public record MembershipApproved(String to, String contactName, String organizationName, String loginId,
                                 String activationPath, LocalDate activationExpiresOn) implements Notice {

    public static final MailKind KIND = new MailKind("membership-approved", TEXTS.get("membership.approved.kind"));

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

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get("membership.approved.subject");
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        Map<String, Object> variables = new HashMap<>(Map.of("m", this, "loginUrl", links.url("/login")));
        if (activationPath != null) {
            variables.put("activationUrl", links.url(activationPath));
            variables.put("activationExpires", MailDates.date(activationExpiresOn));
        }
        return variables;
    }
}

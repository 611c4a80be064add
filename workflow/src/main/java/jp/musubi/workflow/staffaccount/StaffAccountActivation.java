package jp.musubi.workflow.staffaccount;

import static jp.musubi.workflow.staffaccount.StaffAccountTexts.TEXTS;

import java.util.Map;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/** アカウント発行のお知らせ with the one-time link that sets the first password (as for members). */
public record StaffAccountActivation(String to, String name, String loginId, String roleLabel, String activationPath,
                                     String expires) implements Notice {

    public static final MailKind KIND = new MailKind("staff-account-activation", TEXTS.get("staffaccount.mail.kind"));

    public StaffAccountActivation {
        Required.text(to, "to");
        Required.text(name, "name");
        Required.text(loginId, "loginId");
        Required.text(activationPath, "activationPath");
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get("staffaccount.mail.subject");
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        return Map.of("m", this, "activationUrl", links.url(activationPath), "loginUrl", links.url("/login"));
    }
}

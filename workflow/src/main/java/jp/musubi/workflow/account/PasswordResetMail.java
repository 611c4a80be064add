package jp.musubi.workflow.account;

import static jp.musubi.workflow.account.AccountTexts.TEXTS;

import java.time.Instant;
import java.util.Map;

import jp.musubi.cms.mail.notification.MailDates;
import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/**
 * パスワードの再設定: the one-time link, mailed to the address of an account for which someone asked.
 *
 * @param resetPath the page where the holder sets a new password ({@code /account/password-reset/new?token=…})
 */
public record PasswordResetMail(String to, String displayName, String loginId, String resetPath, Instant expiresAt)
        implements Notice {

    public static final MailKind KIND = new MailKind("password-reset", TEXTS.get("account.reset.mail.kind"));

    public PasswordResetMail {
        Required.text(to, "to");
        Required.text(displayName, "displayName");
        Required.text(loginId, "loginId");
        Required.text(resetPath, "resetPath");
        if (!resetPath.startsWith("/") || expiresAt == null) {
            throw new IllegalArgumentException("resetPath must be an application path with an expiry");
        }
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get("account.reset.mail.subject");
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        return Map.of("m", this, "resetUrl", links.url(resetPath), "expires", MailDates.dateTime(expiresAt),
                "requestUrl", links.url("/account/password-reset"));
    }
}

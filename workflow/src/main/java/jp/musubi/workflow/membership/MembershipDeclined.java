package jp.musubi.workflow.membership;

import java.util.Map;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/** 会員登録の見送り, with the reason the secretariat gives the applicant. */
public record MembershipDeclined(String to, String contactName, String organizationName, String reason) implements Notice {

    public static final MailKind KIND = new MailKind("membership-declined", "会員登録の見送り");

    public MembershipDeclined {
        Required.text(to, "to");
        Required.text(contactName, "contactName");
        Required.text(organizationName, "organizationName");
        Required.text(reason, "reason");
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return "会員登録のお申し込みの審査結果について";
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        return Map.of("m", this);
    }
}

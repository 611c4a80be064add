package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

import java.util.Map;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/** 会員登録の見送り, with the reason the secretariat gives the applicant. */
public record MembershipDeclined(String to, String contactName, String organizationName, String reason) implements Notice {

    public static final MailKind KIND = new MailKind("membership-declined", TEXTS.get("membership.declined.kind"));

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
        return TEXTS.get("membership.declined.subject");
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        return Map.of("m", this);
    }
}

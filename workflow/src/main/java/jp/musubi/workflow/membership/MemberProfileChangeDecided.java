package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

import java.util.HashMap;
import java.util.Map;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/**
 * プロフィール変更の審査結果: approved (and published, with the public page's address) or sent back with
 * the secretariat's reason, to the member who asked.
 *
 * @param comment the secretariat's comment (required when not approved), or null
 */
public record MemberProfileChangeDecided(String to, String recipientName, String organizationName, String organizationKey,
                                         boolean approved, String comment) implements Notice {

    public static final MailKind KIND = new MailKind("member-profile-change-decided",
            TEXTS.get("membership.profileDecided.kind"));

    public MemberProfileChangeDecided {
        Required.text(to, "to");
        Required.text(recipientName, "recipientName");
        Required.text(organizationName, "organizationName");
        Required.text(organizationKey, "organizationKey");
        if (!approved) {
            Required.text(comment, "comment");
        }
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get(approved ? "membership.profileDecided.subject.approved" : "membership.profileDecided.subject.returned");
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("m", this);
        variables.put("profileUrl", links.url("/members/" + organizationKey));
        variables.put("portalUrl", links.url("/member/profile"));
        return variables;
    }
}

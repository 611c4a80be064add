package jp.musubi.workflow.approval;

import static jp.musubi.workflow.approval.ApprovalTexts.TEXTS;

import java.util.HashMap;
import java.util.Map;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 人材情報の公開承認: the member who submitted a 人材情報 learns it was approved, and when it is (or will be)
 * on the site.
 *
 * @param publishAt the planned publication (日時, Japanese) when later than now, else null (published now)
 * @param comment   the approver's comment, or null
 */
public record TalentPublicationApproved(String to, String recipientName, String talentTitle, String talentName,
                                      String publishAt, String comment) implements Notice {

    public static final MailKind KIND = new MailKind("talent-publication-approved", TEXTS.get("approval.talentApproved.kind"));

    public TalentPublicationApproved {
        Required.text(to, "to");
        Required.text(recipientName, "recipientName");
        Required.text(talentTitle, "talentTitle");
        Required.text(talentName, "talentName");
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get("approval.talentApproved.subject", talentTitle);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("m", this);
        variables.put("talentUrl", links.url("/talents/" + talentName));
        variables.put("portalUrl", links.url("/member"));
        return variables;
    }

    @Configuration(proxyBeanMethods = false)
    static class Kinds {
        @Bean
        MailKind talentPublicationApprovedMailKind() {
            return KIND;
        }
    }
}

package jp.musubi.workflow.consultation;

import static jp.musubi.workflow.consultation.ConsultationTexts.TEXTS;

import java.util.HashMap;
import java.util.Map;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/**
 * 紹介のお知らせ (to a company that agreed to be introduced): who was told about it and the organized
 * issue; the requester's personal contact is not in it (the requester contacts the company).
 */
public record CompanyIntroductionNotice(String to, String companyName, String requesterOrganization, String topic,
                                        String issueSummary) implements Notice {

    public static final MailKind KIND = new MailKind("consultation-company-introduction",
            TEXTS.get("consultation.mail.company.kind"));

    public CompanyIntroductionNotice {
        Required.text(to, "to");
        Required.text(companyName, "companyName");
        Required.text(requesterOrganization, "requesterOrganization");
        Required.text(topic, "topic");
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get("consultation.mail.company.subject", requesterOrganization);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        Map<String, Object> model = new HashMap<>();
        model.put("m", this);
        return model;
    }
}

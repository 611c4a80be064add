package jp.musubi.workflow.consultation;

import static jp.musubi.workflow.consultation.ConsultationTexts.TEXTS;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/**
 * 企業の紹介 (to the requester): the companies chosen for this consultation with their public pages;
 * only this consultation's data, and no company's personal contact.
 *
 * @param talentGuidance the guidance to the professional talent centre, or null
 */
public record ConsultationIntroductionNotice(String to, String contactName, String organization, String topic,
                                             List<Company> companies, String talentGuidance, String talentUrl)
        implements Notice {

    public static final MailKind KIND = new MailKind("consultation-introduction", TEXTS.get("consultation.mail.introduction.kind"));

    /** A company as the mail shows it: its name, the item it was chosen for and that item's public page. */
    public record Company(String name, String itemTitle, String path) {
    }

    public ConsultationIntroductionNotice {
        Required.text(to, "to");
        Required.text(contactName, "contactName");
        Required.text(topic, "topic");
        companies = List.copyOf(companies);
        if (companies.size() < 2) {
            throw new IllegalArgumentException("an introduction names at least two companies");
        }
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get("consultation.mail.introduction.subject", topic);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        Map<String, Object> model = new HashMap<>();
        model.put("m", this);
        model.put("urls", companies.stream().map(c -> links.url(c.path())).toList());
        return model;
    }
}

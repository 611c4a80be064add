package jp.musubi.workflow.consultation;

import static jp.musubi.workflow.consultation.ConsultationTexts.TEXTS;

import java.util.HashMap;
import java.util.Map;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/** 受付終了: a duplicate or out-of-scope consultation, closed with the reason. */
public record ConsultationClosedNotice(String to, String contactName, String organization, String topic, String reason)
        implements Notice {

    public static final MailKind KIND = new MailKind("consultation-closed", TEXTS.get("consultation.mail.closed.kind"));

    public ConsultationClosedNotice {
        Required.text(to, "to");
        Required.text(contactName, "contactName");
        Required.text(topic, "topic");
        Required.text(reason, "reason");
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get("consultation.mail.closed.subject", topic);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        Map<String, Object> model = new HashMap<>();
        model.put("m", this);
        model.put("contactUrl", links.url("/contact"));
        return model;
    }
}

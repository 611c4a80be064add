package jp.musubi.workflow.event;

import static jp.musubi.workflow.event.EventTexts.TEXTS;

import java.util.HashMap;
import java.util.Map;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/** The thank-you after the event to those who attended, with the questionnaire's personal link when one is set. */
public record EventThanksMail(String to, String name, String eventTitle, String surveyLink) implements Notice {

    public static final MailKind KIND = new MailKind("event-thanks", TEXTS.get("event.mail.thanks.kind"));

    public EventThanksMail {
        Required.text(to, "to");
        Required.text(name, "name");
        Required.text(eventTitle, "eventTitle");
        surveyLink = Required.optional(surveyLink);
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get("event.mail.thanks.subject", eventTitle);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        Map<String, Object> model = new HashMap<>();
        model.put("m", this);
        return model;
    }
}

package jp.musubi.workflow.event;

import static jp.musubi.workflow.event.EventTexts.TEXTS;

import java.util.HashMap;
import java.util.Map;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/**
 * A mail about one application: accepted (with the .ics and the check-in code), waitlisted, promoted from
 * the waiting list (繰り上げ, with the .ics and the code), changed or cancelled; also the reminder the business
 * day before. The personal link goes with the first mail and the promotion (the token is not stored).
 *
 * @param change       ACCEPTED, WAITLISTED, PROMOTED, CHANGED, CANCELLED or REMINDER
 * @param personalPath {@code /events/applications/{token}}, or null when not known (changes, reminder)
 * @param code         the check-in code as printed, or null when the applicant has no seat
 * @param position     the place on the waiting list (1 = next), or null
 */
public record EventApplicationMail(String to, String name, String change, String eventTitle, String when, String venue,
                                   String eventPath, String personalPath, String code, Integer position) implements Notice {

    public static final MailKind KIND = new MailKind("event-application", TEXTS.get("event.mail.kind"));

    public EventApplicationMail {
        Required.text(to, "to");
        Required.text(name, "name");
        Required.text(change, "change");
        Required.text(eventTitle, "eventTitle");
        venue = Required.optional(venue);
        personalPath = Required.optional(personalPath);
        code = Required.optional(code);
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get(EventTexts.MAIL_SUBJECT + change, eventTitle);
    }

    public String lead() {
        return position == null ? TEXTS.get(EventTexts.MAIL_LEAD + change)
                : TEXTS.get(EventTexts.MAIL_LEAD + change, position);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        Map<String, Object> model = new HashMap<>();
        model.put("m", this);
        model.put("eventLink", links.url(eventPath));
        model.put("personalLink", personalPath == null ? null : links.url(personalPath));
        return model;
    }
}

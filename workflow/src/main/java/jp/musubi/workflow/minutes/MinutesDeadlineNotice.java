package jp.musubi.workflow.minutes;

import static jp.musubi.workflow.minutes.MinutesTexts.TEXTS;

import java.util.Map;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/**
 * 打合せ記録の提出期限: the reminder two business days before (to the secretariat), or the notice that it has passed
 * (to the secretariat and the prefecture).
 *
 * @param due the Japanese due date and time
 */
public record MinutesDeadlineNotice(MailKind kind, String to, String name, String meetingTitle, String due)
        implements Notice {

    public static final MailKind REMINDER = new MailKind("minutes-reminder", TEXTS.get("minutes.mail.reminder.kind"));
    public static final MailKind OVERDUE = new MailKind("minutes-overdue", TEXTS.get("minutes.mail.overdue.kind"));

    public MinutesDeadlineNotice {
        Required.text(to, "to");
        Required.text(name, "name");
        Required.text(meetingTitle, "meetingTitle");
        Required.text(due, "due");
    }

    @Override
    public String subject() {
        return TEXTS.get(kind.equals(REMINDER) ? "minutes.mail.reminder.subject" : "minutes.mail.overdue.subject", meetingTitle, due);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        return Map.of("m", this, "link", links.url("/inbox?process=meeting-minutes"));
    }
}

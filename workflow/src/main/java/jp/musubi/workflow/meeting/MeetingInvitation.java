package jp.musubi.workflow.meeting;

import static jp.musubi.workflow.meeting.MeetingTexts.TEXTS;

import java.util.Map;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/**
 * The invitation, update or cancellation of a meeting, to one participant; the .ics goes with it.
 *
 * @param change {@code invited}, {@code updated} or {@code cancelled}
 * @param when   the Japanese date and time range
 */
public record MeetingInvitation(String to, String name, String change, String kindLabel, String title, String when,
                                String place, String onlineUrl, String agenda, String path) implements Notice {

    public static final MailKind KIND = new MailKind("meeting-invitation", TEXTS.get("meeting.mail.invitation.kind"));

    public MeetingInvitation {
        Required.text(to, "to");
        Required.text(name, "name");
        Required.text(change, "change");
        Required.text(title, "title");
        place = Required.optional(place);
        onlineUrl = Required.optional(onlineUrl);
        agenda = Required.optional(agenda);
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        String key = "meeting.mail.invitation.subject." + change;
        return TEXTS.get(key, kindLabel, title);
    }

    public String lead() {
        String key = "meeting.mail.invitation.lead." + change;
        return TEXTS.get(key);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        return Map.of("m", this, "link", links.url(path));
    }
}

package jp.musubi.workflow.meeting;

import static jp.musubi.workflow.meeting.MeetingTexts.TEXTS;

import java.util.Map;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/** 定例打合せ: its materials are due by noon of the previous business day; sent one business day before that. */
public record MaterialsReminder(String to, String name, String title, String when, String due, String path) implements Notice {

    public static final MailKind KIND = new MailKind("meeting-materials-reminder", TEXTS.get("meeting.mail.materials.kind"));

    public MaterialsReminder {
        Required.text(to, "to");
        Required.text(name, "name");
        Required.text(title, "title");
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get("meeting.mail.materials.subject", title, due);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        return Map.of("m", this, "link", links.url(path));
    }
}

package jp.musubi.workflow.program;

import static jp.musubi.workflow.program.ProgramTexts.TEXTS;

import java.util.Map;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/** 成果品の提出期限の通知: to the secretariat, N business days before a deliverable is due. */
public record DeliverableReminder(String to, String recipientName, String title, String due, int businessDaysLeft)
        implements Notice {

    public static final MailKind KIND = new MailKind("deliverable-reminder", TEXTS.get("program.mail.deliverable.kind"));

    public DeliverableReminder {
        Required.text(to, "to");
        Required.text(title, "title");
        Required.text(due, "due");
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get("program.mail.deliverable.subject", title, due);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        return Map.of("m", this, "pageUrl", links.url("/admin/program/deliverables"));
    }
}

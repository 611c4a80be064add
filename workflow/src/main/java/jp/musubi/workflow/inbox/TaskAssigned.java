package jp.musubi.workflow.inbox;

import static jp.musubi.workflow.inbox.InboxTexts.TEXTS;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jp.musubi.cms.mail.notification.MailDates;
import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/**
 * A workflow task was assigned to a user.
 *
 * @param dueDate  the task's due date, or null
 * @param taskPath the task's page in the application, e.g. {@code /inbox/tasks/42}
 */
public record TaskAssigned(String to, String assigneeName, String taskName, String caseTitle, LocalDate dueDate,
                           String taskPath) implements Notice {

    public static final MailKind KIND = new MailKind("task-assigned", TEXTS.get("inbox.java.mail.taskAssigned.kind"));

    public TaskAssigned {
        Required.text(to, "to");
        Required.text(assigneeName, "assigneeName");
        Required.text(taskName, "taskName");
        Required.text(caseTitle, "caseTitle");
        Required.text(taskPath, "taskPath");
        if (!taskPath.startsWith("/")) {
            throw new IllegalArgumentException("taskPath must be an absolute path within the application");
        }
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get("inbox.java.mail.taskAssigned.subject", taskName);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("m", this);
        variables.put("taskUrl", links.url(taskPath));
        variables.put("dueDate", dueDate == null ? null : MailDates.date(dueDate));
        return variables;
    }
}

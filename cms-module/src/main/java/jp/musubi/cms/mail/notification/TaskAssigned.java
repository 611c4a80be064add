package jp.musubi.cms.mail.notification;

import java.time.LocalDate;

/**
 * A workflow task was assigned to a user.
 *
 * @param dueDate  the task's due date, or null
 * @param taskPath the task's page in the application, e.g. {@code /inbox/tasks/42}
 */
public record TaskAssigned(String to, String assigneeName, String taskName, String caseTitle, LocalDate dueDate,
                           String taskPath) {

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
}

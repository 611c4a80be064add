package jp.musubi.workflow.inbox;

import static jp.musubi.workflow.inbox.InboxTexts.TEXTS;

import jp.musubi.cms.common.JapaneseTimes;

/** A task as the list shows it: dates in Japanese and the due date in words, not colour alone. */
public record InboxRow(String id, String name, String caseTitle, String caseSubtitle, String processName,
                       String processInstanceId, String created, String due, String dueNote, boolean overdue,
                       String completed) {

    static InboxRow of(InboxTask task) {
        return new InboxRow(task.id(), task.name(), task.caseTitle(), task.caseSubtitle(), task.processName(),
                task.processInstanceId(), JapaneseTimes.dateTimeWithWeekday(task.created()), JapaneseTimes.dateWithWeekday(task.dueDate()),
                dueNote(task), task.overdue(), JapaneseTimes.dateTimeWithWeekday(task.completed()));
    }

    static String dueNote(InboxTask task) {
        if (task.dueDate() == null) {
            return TEXTS.get("inbox.java.due.none");
        }
        int left = task.businessDaysLeft();
        if (task.overdue()) {
            return left < 0 ? TEXTS.get("inbox.java.due.overdueBy", -left) : TEXTS.get("inbox.java.due.overdue");
        }
        return left == 0 ? TEXTS.get("inbox.java.due.today") : TEXTS.get("inbox.java.due.left", left);
    }
}

package jp.musubi.workflow.inbox;

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
            return "期限なし";
        }
        int left = task.businessDaysLeft();
        if (task.overdue()) {
            return left < 0 ? "期限切れ（" + (-left) + "営業日超過）" : "期限切れ";
        }
        return left == 0 ? "本日が期限" : "残り" + left + "営業日";
    }
}

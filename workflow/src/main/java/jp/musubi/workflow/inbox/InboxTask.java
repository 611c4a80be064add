package jp.musubi.workflow.inbox;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of an inbox list.
 *
 * @param businessDaysLeft business days from today to the due date (negative when overdue), or null without one
 * @param completed        when it was completed (完了済み list), else null
 */
public record InboxTask(String id, String name, String definitionKey, String processInstanceId, String processKey,
                        String processName, String caseTitle, String caseSubtitle, String assignee, Instant created,
                        Instant due, LocalDate dueDate, Integer businessDaysLeft, boolean overdue, Instant completed) {
}

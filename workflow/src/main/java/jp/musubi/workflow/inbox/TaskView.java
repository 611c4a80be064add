package jp.musubi.workflow.inbox;

import java.time.Instant;

/**
 * An open task as the inbox pages and the task forms see it: Musubi's view of it, so that neither a
 * controller nor a template holds Flowable's task.
 *
 * @param definitionKey the user task's id in the diagram
 * @param formKey       the user task's {@code flowable:formKey}, or null
 * @param due           the due date, or null without one
 */
public record TaskView(String id, String name, String definitionKey, String formKey, String assignee,
                       String processInstanceId, String processDefinitionId, String processKey, String businessKey,
                       Instant created, Instant due) {
}

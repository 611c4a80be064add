package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import java.util.Map;

import jp.musubi.workflow.task.TaskPermissions;
import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/** Finds the open task of a case a step completes, and completes it in the caller's transaction. */
@Component
class CaseTasks {

    private final TaskService tasks;
    private final ManagementService management;
    private final TaskPermissions permissions;

    CaseTasks(TaskService tasks, ManagementService management, TaskPermissions permissions) {
        this.tasks = tasks;
        this.management = management;
        this.permissions = permissions;
    }

    /**
     * @throws CaseStateException if the task is not open, is another step or belongs to another case
     */
    Task require(IssueCase issueCase, String taskId, String taskKey) {
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !taskKey.equals(task.getTaskDefinitionKey())
                || !task.getProcessInstanceId().equals(issueCase.processInstanceId())) {
            throw new CaseStateException(TEXTS.get("issuecase.task.gone"));
        }
        return task;
    }

    /** @throws jp.musubi.workflow.task.TaskNotPermittedException if the user may not do this step */
    void complete(Task task, String user, Map<String, Object> variables) {
        permissions.requireMayComplete(task, user);
        // Claim and completion in one engine command: the task is written once, when it ends, instead
        // of once claimed and once completed (a sixth of a case's time through the services went to
        // the claim's own flush). Same outcome: the history names the user as its assignee.
        management.executeCommand(commandContext -> {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), user);
            }
            tasks.complete(task.getId(), variables);
            return null;
        });
    }
}

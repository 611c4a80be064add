package jp.musubi.workflow.inbox;

import jp.musubi.workflow.task.TaskPermissions;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * Who may see an open task: its assignee, and holders of one of its candidate groups. The web
 * layer asks this before showing or acting on a task; the workflow services check again when completing.
 */
@Component
public class TaskAccess {

    private final TaskService tasks;
    private final TaskPermissions permissions;

    TaskAccess(TaskService tasks, TaskPermissions permissions) {
        this.tasks = tasks;
        this.permissions = permissions;
    }

    /**
     * @throws TaskGoneException       if the task is not open
     * @throws TaskNotVisibleException if the user may not see it
     */
    public Task openTask(String taskId, InboxUser user) {
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskGoneException();
        }
        if (!visible(task, user)) {
            throw new TaskNotVisibleException(taskId);
        }
        return task;
    }

    public boolean visible(Task task, InboxUser user) {
        return user.username().equals(task.getAssignee())
                || permissions.candidateGroups(task.getId()).stream().anyMatch(user.roles()::contains);
    }

}

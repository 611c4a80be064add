package jp.musubi.workflow.inbox;

import java.util.List;

import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/**
 * Who may see an open task: its assignee, and holders of one of its candidate groups. The web
 * layer asks this before showing or acting on a task; the workflow services check again when completing.
 */
@Component
public class TaskAccess {

    private final TaskService tasks;

    TaskAccess(TaskService tasks) {
        this.tasks = tasks;
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
        return user.username().equals(task.getAssignee()) || !candidateGroups(task.getId()).stream()
                .filter(user.roles()::contains).toList().isEmpty();
    }

    public List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }
}

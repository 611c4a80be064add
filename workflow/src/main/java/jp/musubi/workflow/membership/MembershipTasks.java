package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

import java.util.Map;

import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.task.TaskPermissions;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/** The open tasks of {@code member-registration}: finds one (refusing a task of another step) and completes it. */
@Component
class MembershipTasks {

    private final TaskService tasks;
    private final TaskPermissions permissions;

    MembershipTasks(TaskService tasks, TaskPermissions permissions) {
        this.tasks = tasks;
        this.permissions = permissions;
    }

    Task open(String taskId, String taskKey) {
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !taskKey.equals(task.getTaskDefinitionKey())) {
            throw InputRefused.of("task", TEXTS.get("membership.task.notOpen"));
        }
        return task;
    }

    long longVariable(Task task, String name) {
        return ((Number) tasks.getVariable(task.getId(), name)).longValue();
    }

    /** @throws jp.musubi.workflow.task.TaskNotPermittedException if the user may not do this step */
    void complete(Task task, String user, Map<String, Object> variables) {
        permissions.requireMayComplete(task, user);
        tasks.setAssignee(task.getId(), user);
        tasks.complete(task.getId(), variables);
    }
}

package jp.musubi.workflow.task;

import java.util.Set;
import java.util.stream.Collectors;

import jp.musubi.cms.common.Messages;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.Role;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.TaskInfo;
import org.springframework.stereotype.Component;

/**
 * Who may work on a workflow task, checked inside the services that complete, claim or reassign
 * tasks (the web layer's rules are the first line, not the only one).
 *
 * <p>A task with candidate groups may be worked on by an enabled account holding one of those roles;
 * once it is assigned, only by its assignee. A task without candidate groups (e.g. 修正, assigned
 * to the submitter by the diagram) only by its assignee.
 */
@Component
public class TaskPermissions {

    private static final Messages TEXTS = Messages.of("i18n/task");

    private final TaskService tasks;
    private final AccountService accounts;

    TaskPermissions(TaskService tasks, AccountService accounts) {
        this.tasks = tasks;
        this.accounts = accounts;
    }

    /** The roles (Flowable candidate groups) the task is offered to. */
    public Set<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** True if {@code user} may take the task: it is offered to one of their roles, or assigned to them. */
    public boolean mayTake(TaskInfo task, String user) {
        Account account = accounts.findEnabled(user).orElse(null);
        if (account == null) {
            return false;
        }
        if (user.equals(task.getAssignee())) {
            return true;
        }
        Set<String> groups = candidateGroups(task.getId());
        return account.roles().stream().map(Role::name).anyMatch(groups::contains);
    }

    /**
     * Before completing: the user may take the task, and nobody else holds it.
     *
     * @throws TaskNotPermittedException otherwise, with a message for the user
     */
    public void requireMayComplete(TaskInfo task, String user) {
        if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
            throw new TaskNotPermittedException(TEXTS.get("task.heldByOther", task.getAssignee()));
        }
        requireMayTake(task, user);
    }

    /**
     * Before claiming or assigning to {@code user}: the task is offered to one of their roles.
     *
     * @throws TaskNotPermittedException otherwise, with a message for the user
     */
    public void requireMayTake(TaskInfo task, String user) {
        if (!mayTake(task, user)) {
            throw new TaskNotPermittedException(TEXTS.get("task.notPermitted", task.getName()));
        }
    }
}

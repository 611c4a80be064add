package jp.musubi.workflow.inbox;

import static jp.musubi.workflow.inbox.InboxTexts.TEXTS;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.Role;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.common.engine.impl.identity.Authentication;
import jp.musubi.workflow.task.TaskPermissions;
import org.flowable.engine.TaskService;
import org.flowable.engine.task.Comment;
import org.flowable.task.api.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Claim, unclaim, reassign and comment on tasks, after checking that the user may see the task. */
@Service
@Transactional
public class TaskActions {

    public static final int MAX_COMMENT = 2000;
    /** Roles that may hand a task to a named colleague. */
    public static final Set<String> REASSIGNING_ROLES = Set.of(Role.SECRETARIAT.name(), Role.PREF_STAFF.name());

    private final TaskService tasks;
    private final TaskAccess access;
    private final TaskPermissions permissions;
    private final AccountService accounts;
    private final TaskMails mails;
    private final JdbcClient jdbc;

    TaskActions(TaskService tasks, TaskAccess access, TaskPermissions permissions, AccountService accounts,
                TaskMails mails, JdbcClient jdbc) {
        this.permissions = permissions;
        this.tasks = tasks;
        this.access = access;
        this.accounts = accounts;
        this.mails = mails;
        this.jdbc = jdbc;
    }

    public void claim(String taskId, InboxUser user) {
        Task task = access.openTask(taskId, user);
        if (user.username().equals(task.getAssignee())) {
            return;
        }
        if (task.getAssignee() != null) {
            throw new InboxException(TEXTS.get("inbox.java.claim.heldBy", displayName(task.getAssignee())));
        }
        try {
            // Flowable's optimistic locking makes one of two simultaneous claims fail.
            tasks.claim(taskId, user.username());
        } catch (FlowableTaskAlreadyClaimedException | FlowableOptimisticLockingException e) {
            throw new InboxException(TEXTS.get("inbox.java.claim.lost"));
        } catch (FlowableObjectNotFoundException e) {
            throw new TaskGoneException();
        }
    }

    public void unclaim(String taskId, InboxUser user) {
        Task task = access.openTask(taskId, user);
        if (!user.username().equals(task.getAssignee())) {
            throw new InboxException(TEXTS.get("inbox.java.unclaim.notYours"));
        }
        if (permissions.candidateGroups(taskId).isEmpty()) {
            throw new InboxException(TEXTS.get("inbox.java.unclaim.fixedAssignee"));
        }
        try {
            tasks.unclaim(taskId);
        } catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException e) {
            throw new TaskGoneException();
        }
    }

    /** Hands the task to a named user who holds one of its candidate groups (SECRETARIAT, PREF_STAFF only). */
    public void reassign(String taskId, String targetUsername, InboxUser user) {
        Task task = access.openTask(taskId, user);
        if (user.roles().stream().noneMatch(REASSIGNING_ROLES::contains)) {
            throw new TaskNotVisibleException(taskId);
        }
        Set<String> groups = permissions.candidateGroups(taskId);
        Account target = targetUsername == null ? null : accounts.findEnabled(targetUsername.strip()).orElse(null);
        if (target == null) {
            throw new InboxException("assignee", TEXTS.get("inbox.java.reassign.required"));
        }
        if (target.roles().stream().noneMatch(role -> groups.contains(role.name()))) {
            throw new InboxException("assignee", TEXTS.get("inbox.java.reassign.noRole", target.displayName()));
        }
        if (target.username().equals(task.getAssignee())) {
            return;
        }
        try {
            tasks.setAssignee(taskId, target.username());
        } catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException e) {
            throw new TaskGoneException();
        }
        LocalDate due = task.getDueDate() == null ? null
                : task.getDueDate().toInstant().atZone(JapaneseTimes.ZONE).toLocalDate();
        String caseTitle = jdbc.sql("SELECT title FROM inbox_case WHERE process_instance_id = ?")
                .param(task.getProcessInstanceId()).query(String.class).optional().orElse(task.getName());
        mails.toUsers(Set.of(target.username()), taskId, task.getName(), caseTitle, due);
    }

    /** Accounts a task may be handed to: enabled holders of one of its candidate groups. */
    @Transactional(readOnly = true)
    public List<Account> possibleAssignees(String taskId) {
        Set<String> groups = permissions.candidateGroups(taskId);
        return accounts.enabledWithAnyRole(groups);
    }

    public Comment comment(String taskId, String text, InboxUser user) {
        Task task = access.openTask(taskId, user);
        String message = text == null ? "" : text.strip();
        if (message.isEmpty()) {
            throw new InboxException("comment", TEXTS.get("inbox.java.comment.required"));
        }
        if (message.length() > MAX_COMMENT) {
            throw new InboxException("comment", TEXTS.get("inbox.java.comment.tooLong", MAX_COMMENT));
        }
        return addComment(task, CaseTimeline.COMMENT, message, user.username());
    }

    /** Records what a completed form decided, before the service completes the task, in the same transaction. */
    public void recordOutcome(String taskId, String summary, String username) {
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskGoneException();
        }
        if (summary != null && !summary.isBlank()) {
            addComment(task, CaseTimeline.OUTCOME, summary.length() > 4000 ? summary.substring(0, 3999) + "…" : summary, username);
        }
    }

    private Comment addComment(Task task, String type, String message, String username) {
        String previous = Authentication.getAuthenticatedUserId();
        Authentication.setAuthenticatedUserId(username);
        try {
            return tasks.addComment(task.getId(), task.getProcessInstanceId(), type, message);
        } catch (FlowableObjectNotFoundException e) {
            throw new TaskGoneException();
        } finally {
            Authentication.setAuthenticatedUserId(previous);
        }
    }

    /** The account's display name, or the login name if there is no such account. */
    @Transactional(readOnly = true)
    public String displayName(String username) {
        return accounts.findByUsername(username).map(Account::displayName).orElse(username);
    }
}

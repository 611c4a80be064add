package jp.musubi.workflow.approval;

import static jp.musubi.workflow.approval.ApprovalTexts.TEXTS;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import jp.musubi.cms.audit.AuditAction;
import jp.musubi.cms.audit.AuditLog;
import jp.musubi.cms.mail.notification.Notifications;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.inbox.TaskAssigned;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.engine.ProcessEngineConfiguration;
import jp.musubi.workflow.task.TaskPermissions;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The human steps of {@code content-publication}. Each method validates its input (Japanese
 * messages), writes the case data and completes the Flowable task in one transaction — together
 * with whatever the process does next (publishing, the newsletter), so a failure there leaves the
 * task open and the content unchanged.
 */
@Service
@Transactional
public class PublicationApprovalService {

    static final int MAX_COMMENT_LENGTH = 1000;
    /** The workspaces members write to from the member portal: their seeds and their 人材情報. */
    private static final String SEEDS = "seeds";
    private static final String TALENTS = "talents";
    private static final java.util.Set<String> MEMBER_WORKSPACES = java.util.Set.of(SEEDS, TALENTS);
    private static final String TAKEN = TEXTS.get("approval.task.taken");

    private final TaskService tasks;
    private final ProcessEngineConfiguration engine;
    private final PublicationRequestRepository requests;
    private final AccountService accounts;
    private final Notifications notifications;
    private final Clock clock;
    private final TaskPermissions permissions;
    private final AuditLog audit;

    PublicationApprovalService(TaskService tasks, ProcessEngineConfiguration engine,
                               PublicationRequestRepository requests, AccountService accounts,
                               Notifications notifications, Clock clock, TaskPermissions permissions,
                               AuditLog audit) {
        this.audit = audit;
        this.permissions = permissions;
        this.tasks = tasks;
        this.engine = engine;
        this.requests = requests;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** 公開承認: approves; the item is published (or taken off) now, or at the requested time. */
    public PublicationRequest approve(String taskId, String user, String comment) {
        return decide(taskId, user, comment, PublicationDecision.APPROVED);
    }

    /** 公開承認: rejects with a comment for the submitter, who gets a 差し戻し対応 task. */
    public PublicationRequest reject(String taskId, String user, String comment) {
        return decide(taskId, user, comment, PublicationDecision.REJECTED);
    }

    /**
     * 差し戻し対応: the submitter has read the rejection. Changing and resubmitting the item in the
     * editor closes the task as well.
     */
    public void closeRevision(String taskId, String user) {
        Task task = openTask(taskId, PublicationProcess.REVISION_TASK);
        requireUser(user);
        if (!user.equals(task.getAssignee())) {
            throw new PublicationApprovalException(TEXTS.get("approval.revision.onlySubmitter", task.getAssignee()));
        }
        complete(taskId, user, Map.of(PublicationProcess.RESUBMITTED, false));
    }

    private PublicationRequest decide(String taskId, String user, String comment, PublicationDecision decision) {
        Task task = openTask(taskId, PublicationProcess.APPROVAL_TASK);
        requireUser(user);
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (decision == PublicationDecision.REJECTED && text == null) {
            throw new PublicationApprovalException("comment", TEXTS.get("approval.reject.commentRequired"));
        }
        if (text != null && text.length() > MAX_COMMENT_LENGTH) {
            throw new PublicationApprovalException("comment", TEXTS.get("approval.comment.tooLong", MAX_COMMENT_LENGTH));
        }
        String process = task.getProcessInstanceId();
        PublicationRequest request = requests.findByProcessInstance(process)
                .orElseThrow(() -> new IllegalStateException("no publication_request for process " + process));
        if (user.equals(request.submittedBy())) {
            // Four eyes: whoever asked for the publication cannot also approve or reject it.
            throw new PublicationApprovalException(TEXTS.get("approval.decide.notSubmitter"));
        }
        try {
            if (!requests.decide(process, decision, clock.instant(), user, text)) {
                throw new PublicationApprovalException(TAKEN);
            }
            Map<String, Object> variables = new HashMap<>();
            variables.put(PublicationProcess.APPROVED, decision == PublicationDecision.APPROVED);
            variables.put(PublicationProcess.DECIDED_BY, user);
            variables.put(PublicationProcess.DECISION_COMMENT, text);
            variables.put(PublicationProcess.PUBLISH_LATER, later(request));
            complete(taskId, user, variables);
            audit.record(user, AuditAction.APPROVAL, "publication:" + request.workspace() + "/" + request.name(),
                    TEXTS.get(decision == PublicationDecision.APPROVED ? "approval.audit.approved" : "approval.audit.rejected",
                            request.itemTitle(), request.revision()));
        } catch (ConcurrencyFailureException e) {
            // The other decision holds the row (or won it) at the same moment: the same answer for the user.
            throw new PublicationApprovalException(TAKEN);
        }
        if (decision == PublicationDecision.REJECTED) {
            notifySubmitter(process, request);
        } else {
            notifyMemberOfApproval(request, text);
        }
        return requests.findByProcessInstance(process).orElseThrow();
    }

    /** Judged by the engine's clock, the clock the timer that waits for it runs on. */
    private boolean later(PublicationRequest request) {
        return request.publishAt() != null && request.publishAt().isAfter(engine.getClock().getCurrentTime().toInstant());
    }

    private void complete(String taskId, String user, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new PublicationApprovalException(TAKEN);
        }
        permissions.requireMayComplete(task, user);
        try {
            // The assignee records who completed it; changing it also makes a concurrent completion fail.
            tasks.setAssignee(taskId, user);
            tasks.complete(taskId, variables);
        } catch (FlowableObjectNotFoundException | FlowableOptimisticLockingException e) {
            throw new PublicationApprovalException(TAKEN);
        }
    }

    /** The mail says only that a task is waiting; the comment is shown with the task, to logged-in users. */
    private void notifySubmitter(String process, PublicationRequest request) {
        Task revision = tasks.createTaskQuery().processInstanceId(process)
                .taskDefinitionKey(PublicationProcess.REVISION_TASK).singleResult();
        Account submitter = accounts.findByUsername(request.submittedBy()).orElse(null);
        if (revision == null || submitter == null || submitter.email() == null || submitter.email().isBlank()) {
            return;
        }
        notifications.send(new TaskAssigned(submitter.email(), submitter.displayName(), revision.getName(),
                request.itemTitle(), null, revisionPath(submitter, request, revision)));
    }

    /** A member's seed or 人材情報: its submitter learns it was approved and when it is on the site. */
    private void notifyMemberOfApproval(PublicationRequest request, String comment) {
        if (request.unpublish() || !MEMBER_WORKSPACES.contains(request.workspace())) {
            return;
        }
        Account submitter = accounts.findByUsername(request.submittedBy()).orElse(null);
        if (submitter == null || !submitter.roles().contains(Role.MEMBER) || submitter.email() == null
                || submitter.email().isBlank()) {
            return;
        }
        String at = later(request) ? jp.musubi.cms.common.JapaneseTimes.dateTimeWithWeekday(request.publishAt()) : null;
        String title = request.itemTitle() == null ? request.name() : request.itemTitle();
        if (TALENTS.equals(request.workspace())) {
            notifications.send(new TalentPublicationApproved(submitter.email(), submitter.displayName(), title,
                    request.name(), at, comment));
        } else {
            notifications.send(new SeedPublicationApproved(submitter.email(), submitter.displayName(), title,
                    request.name(), at, comment));
        }
    }

    /** Members cannot open the inbox: their seeds and 人材情報 are revised in the member portal instead. */
    private static String revisionPath(Account submitter, PublicationRequest request, Task revision) {
        if (submitter.roles().contains(Role.MEMBER) && MEMBER_WORKSPACES.contains(request.workspace())) {
            return "/member/" + request.workspace() + "/" + request.name() + "/edit";
        }
        return "/inbox/tasks/" + revision.getId();
    }

    private Task openTask(String taskId, String definitionKey) {
        Task task = taskId == null ? null : tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new PublicationApprovalException(TAKEN);
        }
        if (!definitionKey.equals(task.getTaskDefinitionKey())) {
            throw new IllegalArgumentException("task " + taskId + " is not a " + definitionKey + " task");
        }
        return task;
    }

    private static void requireUser(String user) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("user is required");
        }
    }
}

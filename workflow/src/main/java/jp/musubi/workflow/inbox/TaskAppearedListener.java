package jp.musubi.workflow.inbox;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jp.musubi.cms.common.JapaneseTimes;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEntityEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEvent;
import org.flowable.common.engine.api.delegate.event.FlowableEventListener;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * When a task appears: records its case for the inbox and mails the assignee, or the holders of its
 * candidate groups, through the mail outbox — inside the engine's transaction, so a task that is
 * rolled back leaves no mail and no case row behind.
 */
@Component
class TaskAppearedListener implements FlowableEventListener {

    private final InboxCases cases;
    private final TaskMails mails;
    // Looked up when a task appears: the resolvers' services need the engine this listener is part of.
    private final ObjectProvider<CaseContextResolver> resolvers;

    TaskAppearedListener(InboxCases cases, TaskMails mails, ObjectProvider<CaseContextResolver> resolvers) {
        this.cases = cases;
        this.mails = mails;
        this.resolvers = resolvers;
    }

    @Override
    public void onEvent(FlowableEvent event) {
        if (event.getType() != FlowableEngineEventType.TASK_CREATED
                || !(event instanceof FlowableEntityEvent entityEvent)
                || !(entityEvent.getEntity() instanceof TaskEntity task)
                || task.getProcessInstanceId() == null) {
            return;
        }
        ExecutionEntity processInstance = CommandContextUtil.getExecutionEntityManager().findById(task.getProcessInstanceId());
        Map<String, Object> variables = processInstance.getVariables();
        String processKey = ProcessKeys.of(task.getProcessDefinitionId());
        String caseTitle = cases.ensure(task.getProcessInstanceId(), processKey, processInstance.getBusinessKey(), variables);
        if (resolvers.stream().anyMatch(resolver -> resolver.processKey().equals(processKey)
                && resolver.mailsTaskItself(task.getTaskDefinitionKey()))) {
            return;
        }
        LocalDate due = task.getDueDate() == null ? null
                : task.getDueDate().toInstant().atZone(JapaneseTimes.ZONE).toLocalDate();
        if (task.getAssignee() != null) {
            mails.toUsers(Set.of(task.getAssignee()), task.getId(), task.getName(), caseTitle, due);
        } else {
            Set<String> groups = task.getIdentityLinks().stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(link -> link.getGroupId()).collect(Collectors.toSet());
            mails.toGroups(groups, task.getId(), task.getName(), caseTitle, due);
        }
    }

    @Override
    public boolean isFailOnException() {
        // The case row and the mail belong to the task: if they cannot be written, neither can the task.
        return true;
    }

    @Override
    public boolean isFireOnTransactionLifecycleEvent() {
        return false;
    }

    @Override
    public String getOnTransaction() {
        return null;
    }
}

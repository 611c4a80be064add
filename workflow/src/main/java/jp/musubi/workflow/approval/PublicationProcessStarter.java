package jp.musubi.workflow.approval;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.event.ContentSubmittedEvent;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts {@code content-publication} when an editor submits an item. A plain (not transactional)
 * event listener on purpose: it runs inside the submission's transaction, so the item is never
 * "approval pending" without an approval task, nor the other way round.
 */
@Component
class PublicationProcessStarter {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ContentService content;
    private final PublicationRequestRepository requests;
    private final Clock clock;

    PublicationProcessStarter(RuntimeService runtime, TaskService tasks, ContentService content,
                              PublicationRequestRepository requests, Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.content = content;
        this.requests = requests;
        this.clock = clock;
    }

    @EventListener
    void onSubmitted(ContentSubmittedEvent submitted) {
        String businessKey = PublicationProcess.businessKey(submitted.workspace(), submitted.name());
        closeOpenRevisionTasks(businessKey);
        String title = title(submitted);

        // HashMap: comment and publishAt may be null, which Map.of refuses.
        Map<String, Object> variables = new HashMap<>();
        variables.put(PublicationProcess.WORKSPACE, submitted.workspace());
        variables.put(PublicationProcess.NAME, submitted.name());
        variables.put(PublicationProcess.REVISION, submitted.revision());
        variables.put(PublicationProcess.SUBMITTED_BY, submitted.submittedBy());
        variables.put(PublicationProcess.COMMENT, submitted.comment());
        variables.put(PublicationProcess.PUBLISH_AT, submitted.publishAt() == null ? null : Date.from(submitted.publishAt()));
        variables.put(PublicationProcess.UNPUBLISH, submitted.unpublish());
        variables.put(PublicationProcess.ITEM_TITLE, title);
        String processInstanceId = runtime.startProcessInstanceByKey(PublicationProcess.KEY, businessKey, variables).getId();

        requests.insert(processInstanceId, submitted.workspace(), submitted.name(), submitted.revision(), title,
                clock.instant(), submitted.submittedBy(), submitted.comment(), submitted.publishAt(), submitted.unpublish());
    }

    /**
     * A resubmission is the editor's answer to an earlier rejection: its 差し戻し対応 task would
     * otherwise stay in the editor's inbox with nothing left to do.
     */
    private void closeOpenRevisionTasks(String businessKey) {
        for (Task open : tasks.createTaskQuery().processDefinitionKey(PublicationProcess.KEY)
                .processInstanceBusinessKey(businessKey).taskDefinitionKey(PublicationProcess.REVISION_TASK).list()) {
            tasks.complete(open.getId(), Map.of(PublicationProcess.RESUBMITTED, true));
        }
    }

    private String title(ContentSubmittedEvent submitted) {
        Object title = content.get(submitted.workspace(), submitted.name()).properties().get("title");
        return title == null || title.toString().isBlank() ? submitted.name() : title.toString();
    }
}

package jp.musubi.workflow.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;

/** Opens a task for the inbox pages as a {@link TaskView}, with its case's variables and its diagram. */
@Component
public class TaskViews {

    private final TaskAccess access;
    private final RuntimeService runtime;
    private final RepositoryService repository;

    TaskViews(TaskAccess access, RuntimeService runtime, RepositoryService repository) {
        this.access = access;
        this.runtime = runtime;
        this.repository = repository;
    }

    /**
     * @throws TaskGoneException       if the task is not open (or its case ended meanwhile)
     * @throws TaskNotVisibleException if the user may not see it
     */
    public TaskView open(String taskId, InboxUser user) {
        Task task = access.openTask(taskId, user);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult();
        if (instance == null) {
            throw new TaskGoneException();
        }
        return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getFormKey(), task.getAssignee(),
                task.getProcessInstanceId(), task.getProcessDefinitionId(), instance.getProcessDefinitionKey(),
                instance.getBusinessKey(), task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }

    /** The case's process variables (the case ids the starters put there, the decisions so far). */
    public Map<String, Object> variables(TaskView task) {
        return runtime.getVariables(task.processInstanceId());
    }

    /** The deployed BPMN XML of the task's process version, for the diagram viewer. */
    public byte[] diagram(TaskView task) {
        try (InputStream xml = repository.getProcessModel(task.processDefinitionId())) {
            return xml.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

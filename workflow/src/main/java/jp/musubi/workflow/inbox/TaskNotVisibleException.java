package jp.musubi.workflow.inbox;

/** The task belongs to none of the user's roles and is not assigned to them (the web answers 403). */
public class TaskNotVisibleException extends RuntimeException {

    public TaskNotVisibleException(String taskId) {
        super("task " + taskId + " is not visible to the user");
    }
}

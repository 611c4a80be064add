package jp.musubi.workflow.task;

/** A user tried to work on a task their roles or the task's assignment do not allow; nothing was changed. */
public class TaskNotPermittedException extends RuntimeException {

    public TaskNotPermittedException(String message) {
        super(message);
    }
}

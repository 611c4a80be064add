package jp.musubi.workflow.inbox;

/** The task is no longer open: completed by someone else, or the case moved on. */
public class TaskGoneException extends InboxException {

    public static final String MESSAGE = "このタスクはすでに完了しているか、存在しません。他の担当者が先に処理した可能性があります。";

    public TaskGoneException() {
        super(MESSAGE);
    }
}

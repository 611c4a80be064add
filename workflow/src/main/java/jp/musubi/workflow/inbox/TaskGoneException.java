package jp.musubi.workflow.inbox;

import static jp.musubi.workflow.inbox.InboxTexts.TEXTS;

/** The task is no longer open: completed by someone else, or the case moved on. */
public class TaskGoneException extends InboxException {

    public static final String MESSAGE = TEXTS.get("inbox.java.task.gone");

    public TaskGoneException() {
        super(MESSAGE);
    }
}

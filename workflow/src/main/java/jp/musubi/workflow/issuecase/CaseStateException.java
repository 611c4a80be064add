package jp.musubi.workflow.issuecase;

/** The case or its task is not in a state that allows the action (Japanese message). */
public class CaseStateException extends RuntimeException {

    public CaseStateException(String message) {
        super(message);
    }
}

package jp.musubi.workflow.inbox;

/** An inbox action was refused; the message is Japanese and meant for the user. Nothing was changed. */
public class InboxException extends RuntimeException {

    private final String field;

    public InboxException(String message) {
        this(null, message);
    }

    public InboxException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the message belongs to, or null. */
    public String field() {
        return field;
    }
}

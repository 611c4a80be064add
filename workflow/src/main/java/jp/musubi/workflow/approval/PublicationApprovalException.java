package jp.musubi.workflow.approval;

/**
 * A refused step of the publication approval; the message is Japanese and meant for the user.
 * Thrown before anything is changed, or rolls back what was.
 *
 * @see PublicationApprovalService
 */
public class PublicationApprovalException extends RuntimeException {

    private final String field;

    public PublicationApprovalException(String message) {
        this(null, message);
    }

    public PublicationApprovalException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the message is about (e.g. {@code comment}), or null. */
    public String field() {
        return field;
    }
}

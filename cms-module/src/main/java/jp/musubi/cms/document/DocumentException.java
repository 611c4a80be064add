package jp.musubi.cms.document;

/** A document could not be produced (malformed markup, a missing font): a programming or packaging error. */
public class DocumentException extends RuntimeException {

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}

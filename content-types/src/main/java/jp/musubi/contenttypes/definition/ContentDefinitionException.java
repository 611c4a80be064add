package jp.musubi.contenttypes.definition;

/**
 * A definition file is broken. Thrown at start-up, so the message is for the developer who
 * edited the file: it names the file, the element (e.g. {@code property 'summary'}) and why.
 */
public class ContentDefinitionException extends RuntimeException {

    private final String file;
    private final String element;
    private final String reason;

    public ContentDefinitionException(String file, String element, String reason) {
        this(file, element, reason, null);
    }

    public ContentDefinitionException(String file, String element, String reason, Throwable cause) {
        super(file + ": " + (element == null ? "" : element + ": ") + reason, cause);
        this.file = file;
        this.element = element;
        this.reason = reason;
    }

    /** Where the file was loaded from, e.g. {@code musubi/content-types/issue.yaml}. */
    public String file() {
        return file;
    }

    /** The broken part of the file, e.g. {@code property 'summary'}; null for the whole file. */
    public String element() {
        return element;
    }

    public String reason() {
        return reason;
    }
}

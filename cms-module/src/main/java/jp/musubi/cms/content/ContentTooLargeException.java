package jp.musubi.cms.content;

/** The content exceeds a configured size limit. */
public class ContentTooLargeException extends ContentException {

    public ContentTooLargeException(String message) {
        super(message);
    }
}

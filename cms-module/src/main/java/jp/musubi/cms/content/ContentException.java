package jp.musubi.cms.content;

/** A refused content operation; the message is a Japanese sentence for the user. */
public abstract class ContentException extends RuntimeException {

    protected ContentException(String message) {
        super(message);
    }
}

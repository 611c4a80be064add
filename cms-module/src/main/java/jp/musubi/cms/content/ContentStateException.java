package jp.musubi.cms.content;

/** The operation does not fit the item's current state (e.g. deleting a published item). */
public class ContentStateException extends ContentException {

    public ContentStateException(String message) {
        super(message);
    }
}

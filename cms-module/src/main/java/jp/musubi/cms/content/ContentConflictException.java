package jp.musubi.cms.content;

/**
 * A save based on an older version than the stored one (optimistic lock). Carries the stored item,
 * so the editor can compare it with what they typed and nothing is lost.
 */
public class ContentConflictException extends ContentException {

    private final ContentItem current;

    public ContentConflictException(ContentItem current) {
        super(ContentMessages.TEXTS.get("content.conflict", current.version()));
        this.current = current;
    }

    public ContentItem current() {
        return current;
    }

    public long currentVersion() {
        return current.version();
    }
}

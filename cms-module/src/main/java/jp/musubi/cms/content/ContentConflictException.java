package jp.musubi.cms.content;

/**
 * A save based on an older version than the stored one (optimistic lock). Carries the stored item,
 * so the editor can compare it with what they typed and nothing is lost.
 */
public class ContentConflictException extends ContentException {

    private final ContentItem current;

    public ContentConflictException(ContentItem current) {
        super("この内容は他の人が先に更新しました（版 " + current.version()
                + "）。最新の内容を確認してから保存し直してください。");
        this.current = current;
    }

    public ContentItem current() {
        return current;
    }

    public long currentVersion() {
        return current.version();
    }
}

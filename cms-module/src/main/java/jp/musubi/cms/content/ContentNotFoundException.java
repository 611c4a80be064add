package jp.musubi.cms.content;

/** No such workspace, item or revision. */
public class ContentNotFoundException extends ContentException {

    public ContentNotFoundException(String message) {
        super(message);
    }

    public static ContentNotFoundException workspace(String workspace) {
        return new ContentNotFoundException(ContentMessages.TEXTS.get("content.notFound.workspace", workspace));
    }

    public static ContentNotFoundException item(String workspace, String name) {
        return new ContentNotFoundException(ContentMessages.TEXTS.get("content.notFound.item", workspace, name));
    }

    public static ContentNotFoundException revision(String workspace, String name, int revision) {
        return new ContentNotFoundException(
                ContentMessages.TEXTS.get("content.notFound.revision", workspace, name, revision));
    }
}

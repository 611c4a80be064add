package jp.musubi.cms.content;

/** No such workspace, item or revision. */
public class ContentNotFoundException extends ContentException {

    public ContentNotFoundException(String message) {
        super(message);
    }

    public static ContentNotFoundException workspace(String workspace) {
        return new ContentNotFoundException("コンテンツの種類「" + workspace + "」はありません。");
    }

    public static ContentNotFoundException item(String workspace, String name) {
        return new ContentNotFoundException("コンテンツ「" + workspace + "/" + name + "」は見つかりません。");
    }

    public static ContentNotFoundException revision(String workspace, String name, int revision) {
        return new ContentNotFoundException(
                "コンテンツ「" + workspace + "/" + name + "」にリビジョン " + revision + " はありません。");
    }
}

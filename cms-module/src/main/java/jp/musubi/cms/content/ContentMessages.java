package jp.musubi.cms.content;

/** Japanese messages of the content store, in one place so their wording stays consistent. */
final class ContentMessages {

    private ContentMessages() {
    }

    static String invalidName() {
        return "名前は英小文字・数字・ハイフンで、先頭を英小文字か数字にして" + ItemNames.MAX_LENGTH + "文字以内で入力してください。";
    }

    static String requiredName() {
        return "名前は必須です。";
    }

    static String nameTaken(String name) {
        return "名前「" + name + "」はすでに使われています。別の名前を指定してください。";
    }

    static String missingReference(String label, String targetLabel, String name) {
        return targetLabel + "「" + name + "」が見つかりません。" + label + "には登録済みの" + targetLabel + "の名前を指定してください。";
    }

    static String notAssetId(String label) {
        return label + "にはアップロードしたファイルのIDを指定してください。";
    }

    static String missingAsset(String label, String id) {
        return label + "に指定されたファイル（" + id + "）が見つかりません。アップロード済みのファイルを指定してください。";
    }

    static String commentTooLong(int max) {
        return "コメントは" + max + "文字以内で入力してください。";
    }

    static String tooLarge(long maxBytes) {
        long kb = maxBytes / 1024;
        return "内容が大きすぎるため保存できません（上限 " + (kb >= 1024 && kb % 1024 == 0 ? kb / 1024 + "MB" : kb + "KB")
                + "）。本文を分けるなどして小さくしてください。";
    }

    static String deletePublished() {
        return "公開中のコンテンツは削除できません。先に公開を停止してください。";
    }

    static String deletePending() {
        return "承認待ちのコンテンツは削除できません。申請が差し戻されてから削除してください。";
    }

    static String deleteScheduled() {
        return "公開が予約されているコンテンツは削除できません。先に予約を取り消してください。";
    }

    static String deleteReferenced(String referrers) {
        return "次のコンテンツから参照されているため削除できません: " + referrers + "。先に参照を外してください。";
    }
}

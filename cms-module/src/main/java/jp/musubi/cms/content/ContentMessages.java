package jp.musubi.cms.content;

import jp.musubi.cms.common.Messages;

/** Japanese messages of the content store, from {@code i18n/content.properties}, so their wording stays consistent. */
final class ContentMessages {

    static final Messages TEXTS = Messages.of("i18n/content");

    private ContentMessages() {
    }

    static String invalidName() {
        return TEXTS.get("content.invalidName", ItemNames.MAX_LENGTH);
    }

    static String requiredName() {
        return TEXTS.get("content.requiredName");
    }

    static String nameTaken(String name) {
        return TEXTS.get("content.nameTaken", name);
    }

    static String missingReference(String label, String targetLabel, String name) {
        return TEXTS.get("content.missingReference", label, targetLabel, name);
    }

    static String notAssetId(String label) {
        return TEXTS.get("content.notAssetId", label);
    }

    static String missingAsset(String label, String id) {
        return TEXTS.get("content.missingAsset", label, id);
    }

    static String commentTooLong(int max) {
        return TEXTS.get("content.commentTooLong", max);
    }

    static String tooLarge(long maxBytes) {
        long kb = maxBytes / 1024;
        return TEXTS.get("content.tooLarge", kb >= 1024 && kb % 1024 == 0
                ? TEXTS.get("content.megabytes", kb / 1024) : TEXTS.get("content.kilobytes", kb));
    }

    static String deletePublished() {
        return TEXTS.get("content.deletePublished");
    }

    static String deletePending() {
        return TEXTS.get("content.deletePending");
    }

    static String deleteScheduled() {
        return TEXTS.get("content.deleteScheduled");
    }

    static String deleteReferenced(String referrers) {
        return TEXTS.get("content.deleteReferenced", referrers);
    }
}

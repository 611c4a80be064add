package jp.musubi.cms.asset;

import java.util.Map;

import jp.musubi.cms.common.Messages;

/** Japanese wording of sizes and file kinds in upload messages, from {@code i18n/asset.properties}. */
final class AssetMessages {

    static final Messages TEXTS = Messages.of("i18n/asset");

    private static final Map<String, String> KINDS = Map.of(
            "text/html", "HTML",
            "application/xhtml+xml", "HTML",
            "text/plain", TEXTS.get("asset.kind.text/plain"),
            "application/xml", "XML",
            "application/octet-stream", TEXTS.get("asset.kind.application/octet-stream"),
            "application/zip", "ZIP",
            "image/bmp", TEXTS.get("asset.kind.image/bmp"),
            "image/tiff", TEXTS.get("asset.kind.image/tiff"));

    private AssetMessages() {
    }

    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return TEXTS.get("asset.size.megabytes", bytes / (1024 * 1024));
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return TEXTS.get("asset.size.kilobytes", bytes / 1024);
        }
        return TEXTS.get("asset.size.bytes", bytes);
    }

    static String describe(String mediaType) {
        return KINDS.getOrDefault(mediaType, mediaType);
    }
}

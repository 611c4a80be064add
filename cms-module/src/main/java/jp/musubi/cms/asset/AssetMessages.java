package jp.musubi.cms.asset;

import java.util.Map;

/** Japanese wording of sizes and file kinds in upload messages. */
final class AssetMessages {

    private static final Map<String, String> KINDS = Map.of(
            "text/html", "HTML",
            "application/xhtml+xml", "HTML",
            "text/plain", "テキスト",
            "application/xml", "XML",
            "application/octet-stream", "種類を判別できないファイル",
            "application/zip", "ZIP",
            "image/bmp", "BMP画像",
            "image/tiff", "TIFF画像");

    private AssetMessages() {
    }

    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + "MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + "KB";
        }
        return bytes + "バイト";
    }

    static String describe(String mediaType) {
        return KINDS.getOrDefault(mediaType, mediaType);
    }
}

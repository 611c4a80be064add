package jp.musubi.cms.asset;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file that may be uploaded: raster images a browser shows safely, and PDF. SVG is
 * not among them because it can carry script.
 */
public enum AssetType {
    PNG("image/png", "png", Set.of("png")),
    JPEG("image/jpeg", "jpg", Set.of("jpg", "jpeg", "jpe", "jfif")),
    GIF("image/gif", "gif", Set.of("gif")),
    WEBP("image/webp", "webp", Set.of("webp")),
    PDF("application/pdf", "pdf", Set.of("pdf"));

    /** For messages: what may be uploaded. */
    public static final String ALLOWED_LABEL = AssetMessages.TEXTS.get("asset.allowed");

    private final String mediaType;
    private final String extension;
    private final Set<String> extensions;

    AssetType(String mediaType, String extension, Set<String> extensions) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The Japanese name, from {@code i18n/asset.properties}. */
    public String label() {
        return AssetMessages.TEXTS.get("asset.type." + name());
    }

    /** The extension given to a file uploaded without one. */
    public String extension() {
        return extension;
    }

    public boolean fitsExtension(String lowerCaseExtension) {
        return extensions.contains(lowerCaseExtension);
    }

    public static Optional<AssetType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
    }
}

package jp.musubi.cms.asset;

/** The upload was refused (type, size, name); the message is a Japanese sentence for the uploader. */
public class AssetRejectedException extends RuntimeException {

    private final boolean tooLarge;

    private AssetRejectedException(String message, boolean tooLarge) {
        super(message);
        this.tooLarge = tooLarge;
    }

    public static AssetRejectedException refused(String message) {
        return new AssetRejectedException(message, false);
    }

    public static AssetRejectedException tooLarge(String message) {
        return new AssetRejectedException(message, true);
    }

    public boolean isTooLarge() {
        return tooLarge;
    }
}

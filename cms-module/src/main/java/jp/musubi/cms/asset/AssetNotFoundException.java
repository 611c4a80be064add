package jp.musubi.cms.asset;

/** No asset with that id (or its file is missing). */
public class AssetNotFoundException extends RuntimeException {

    public AssetNotFoundException(String id) {
        super(AssetMessages.TEXTS.get("asset.notFound", id));
    }
}

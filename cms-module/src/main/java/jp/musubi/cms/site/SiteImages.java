package jp.musubi.cms.site;

import jp.musubi.cms.asset.Asset;
import jp.musubi.cms.asset.AssetService;
import org.springframework.stereotype.Component;

/**
 * The main image of an item (its {@code image} asset with the {@code imageAlt} text) for the detail
 * page, the lists and og:image. Only an image counts: a PDF put into the field is not shown as one.
 */
@Component("siteImages")
public class SiteImages {

    static final String IMAGE = "image";
    static final String IMAGE_ALT = "imageAlt";

    private final AssetService assets;

    SiteImages(AssetService assets) {
        this.assets = assets;
    }

    /** @return the item's main image, or null when it has none */
    public MainImage main(ContentView item) {
        String id = item == null ? null : item.text(IMAGE);
        if (id == null || id.isBlank()) {
            return null;
        }
        return AssetService.parse(id.strip()).flatMap(assets::find)
                .filter(asset -> !asset.restricted())
                .filter(asset -> asset.mediaType() != null && asset.mediaType().startsWith("image/"))
                .map(asset -> new MainImage(asset.url(), alt(item)))
                .orElse(null);
    }

    private static String alt(ContentView item) {
        String alt = item.text(IMAGE_ALT);
        return alt == null ? "" : alt.strip();
    }
}

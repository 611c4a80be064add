package jp.musubi.cms.site;

/**
 * What the shared layout writes into a page's head besides the title: canonical URL, OGP tags, and
 * for the editor's preview a noindex robots tag and the visible 「プレビュー（未公開）」 banner.
 *
 * @param path        the page's canonical path (e.g. /articles/foo), made absolute with the site's base URL
 * @param description one or two sentences for og:description and the meta description, or null
 * @param type        og:type: website or article
 * @param preview     true in the editor's preview of a possibly unpublished revision
 * @param image       the page's main image for og:image (site-relative path), or null
 * @param imageAlt    its alternative text for og:image:alt, or null
 */
public record PageMeta(String title, String path, String description, String type, boolean preview, String image,
                       String imageAlt) {

    public PageMeta(String title, String path, String description, String type, boolean preview) {
        this(title, path, description, type, preview, null, null);
    }

    public static PageMeta website(String title, String path) {
        return new PageMeta(title, path, null, "website", false);
    }

    public static PageMeta article(String title, String path, String description) {
        return new PageMeta(title, path, shorten(description), "article", false);
    }

    public PageMeta asPreview() {
        return new PageMeta(title, path, description, type, true, image, imageAlt);
    }

    public PageMeta withImage(MainImage main) {
        return main == null ? this : new PageMeta(title, path, description, type, preview, main.url(), main.alt());
    }

    private static String shorten(String text) {
        if (text == null) {
            return null;
        }
        String plain = text.replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip();
        return plain.length() <= 120 ? plain : plain.substring(0, 119) + "…";
    }
}

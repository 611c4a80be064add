package jp.musubi.cms.site;

/**
 * An item's main image (the article's 画像) as pages show it.
 *
 * @param url site-relative address of the image ({@code /dam/…})
 * @param alt its alternative text as the editor wrote it; empty when none was written
 */
public record MainImage(String url, String alt) {
}

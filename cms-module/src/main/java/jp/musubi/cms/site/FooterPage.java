package jp.musubi.cms.site;

import static jp.musubi.cms.site.SiteTexts.TEXTS;

import java.util.List;

/**
 * A fixed page the footer links ({@code musubi.site.footer-pages}): its title and the page's name, shown at
 * {@code /pages/<page>}.
 */
public record FooterPage(String title, String page) {

    static final List<FooterPage> DEFAULTS = List.of(
            new FooterPage(TEXTS.get("site.footer.terms"), "terms"),
            new FooterPage(TEXTS.get("site.footer.privacy"), "privacy"),
            new FooterPage(TEXTS.get("site.footer.accessibility"), "accessibility"));

    public FooterPage {
        if (title == null || title.isBlank() || page == null || !page.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("musubi.site.footer-pages: each needs a title and a page name "
                    + "(lower-case letters, digits, hyphens), not " + title + " / " + page);
        }
    }

    public String path() {
        return "/pages/" + page;
    }
}

package jp.musubi.cms.site;

import static jp.musubi.cms.site.SiteTexts.TEXTS;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The public identity of the site, shown in every page's header, title and footer.
 *
 * @param name        the platform's name (e.g. とちぎDX推進プラットフォーム)
 * @param operator    who runs the site, shown in the footer
 * @param baseUrl     absolute URL of the public site, for canonical links and mails
 */
@ConfigurationProperties("musubi.site")
public record SiteProperties(String name, String operator, String baseUrl) {

    public SiteProperties {
        if (name == null || name.isBlank()) {
            name = TEXTS.get("site.defaultName");
        }
        if (operator == null) {
            operator = "";
        }
        if (baseUrl == null || baseUrl.isBlank()) {
            baseUrl = "http://localhost:8080";
        }
    }
}

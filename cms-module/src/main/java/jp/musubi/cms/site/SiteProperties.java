package jp.musubi.cms.site;

import static jp.musubi.cms.site.SiteTexts.TEXTS;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The public identity of the site, shown in every page's header, title and footer: programme configuration,
 * so that one product serves Tochigi's platform and Kumamoto's consortium.
 *
 * @param name                 the platform's name (e.g. とちぎDX推進プラットフォーム)
 * @param operator             who runs the site, shown in the footer
 * @param baseUrl              absolute URL of the public site, for canonical links and mails
 * @param intro                the top page's introduction of the programme
 * @param localGovernmentTerm  the word the programme uses for its local governments (栃木: 市町, 熊本: 市町村)
 * @param phoneExample         the phone number forms show as an example (the programme's area code)
 * @param cityExample          the city forms show as an example of a member's location
 * @param logo                 the header's logo, a path on this site (e.g. {@code /assets/brand/kumamoto-logo.svg},
 *                             which the product ships), its alt text the site's name; none: the name as text
 * @param brand                the brand colours, checked for WCAG 2.x AA contrast; none: Tochigi's
 * @param footerPages          the programme's fixed pages the footer links, in order (its rules, policies…);
 *                             none: 利用規約, プライバシーポリシー and アクセシビリティ方針
 * @param contact              the secretariat's phone, mail and hours, shown in the footers; none: forms only
 */
@ConfigurationProperties("musubi.site")
public record SiteProperties(String name, String operator, String baseUrl, String intro,
                             String localGovernmentTerm, String phoneExample, String cityExample,
                             String logo, SiteBrand brand, List<FooterPage> footerPages,
                             SiteContact contact) {

    private static final String SHIPPED_ASSETS = "/assets/";

    @ConstructorBinding
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
        if (intro == null) {
            intro = "";
        }
        if (localGovernmentTerm == null || localGovernmentTerm.isBlank()) {
            localGovernmentTerm = TEXTS.get("site.defaultLocalGovernmentTerm");
        }
        if (phoneExample == null || phoneExample.isBlank()) {
            phoneExample = TEXTS.get("site.defaultPhoneExample");
        }
        if (cityExample == null || cityExample.isBlank()) {
            cityExample = TEXTS.get("site.defaultCityExample");
        }
        logo = logo == null || logo.isBlank() ? null : checkedLogo(logo.strip());
        if (brand == null) {
            brand = SiteBrand.DEFAULT;
        }
        footerPages = footerPages == null || footerPages.isEmpty() ? FooterPage.DEFAULTS : List.copyOf(footerPages);
        if (contact == null) {
            contact = SiteContact.NONE;
        }
    }

    /** The identity without the programme's wording (the defaults apply). */
    public SiteProperties(String name, String operator, String baseUrl) {
        this(name, operator, baseUrl, null, null, null, null, null, null, null, null);
    }

    /** A site path; one under {@code /assets/} is a file the product ships, so it must be there. */
    private static String checkedLogo(String logo) {
        if (!logo.startsWith("/") || logo.startsWith("//")) {
            throw new IllegalArgumentException("musubi.site.logo must be a path on this site (/assets/…), not " + logo);
        }
        if (logo.startsWith(SHIPPED_ASSETS)
                && SiteProperties.class.getClassLoader().getResource("static" + logo) == null) {
            throw new IllegalArgumentException("musubi.site.logo " + logo + " is not among the files the product "
                    + "ships (classpath:static" + logo + ")");
        }
        return logo;
    }
}

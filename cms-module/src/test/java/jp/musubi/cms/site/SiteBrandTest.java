package jp.musubi.cms.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The programme's logo and brand colours: AA contrast of every text/background pair, checked at start-up. */
class SiteBrandTest {

    private final ApplicationContextRunner site = new ApplicationContextRunner()
            .withUserConfiguration(SiteConfiguration.class);

    @Test
    void withoutBrandSettingsTheSiteKeepsTochigisColoursAndNoLogo() {
        site.run(context -> {
            SiteProperties properties = context.getBean(SiteProperties.class);
            assertThat(properties.brand()).isEqualTo(SiteBrand.DEFAULT);
            assertThat(properties.brand().primary()).isEqualTo("#0b5394");
            assertThat(properties.brand().link()).isEqualTo("#0b5394");
            assertThat(properties.logo()).isNull();
        });
    }

    @Test
    void passingColoursAndAShippedLogoStart() {
        site.withPropertyValues("musubi.site.logo=/assets/brand/kumamoto-logo.svg",
                        "musubi.site.brand.primary=#B3001B", "musubi.site.brand.primary-dark=#7a0012",
                        "musubi.site.brand.on-primary=#fff", "musubi.site.brand.link=#a3001a")
                .run(context -> {
                    SiteProperties properties = context.getBean(SiteProperties.class);
                    assertThat(properties.logo()).isEqualTo("/assets/brand/kumamoto-logo.svg");
                    assertThat(properties.brand().pairs()).allMatch(SiteBrand.Pair::passes);
                    assertThat(properties.brand().stylesheet()).isEqualTo(
                            ":root{--brand:#b3001b;--brand-dark:#7a0012;--on-brand:#ffffff;--link:#a3001a}\n");
                    assertThat(properties.brand().version()).hasSize(12).isNotEqualTo(SiteBrand.DEFAULT.version());
                });
    }

    @Test
    void aFailingPairStopsTheStartNamingThePairAndItsRatio() {
        // #777777 on white is 4.48:1, just below AA.
        site.withPropertyValues("musubi.site.brand.link=#777777").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootMessage(context.getStartupFailure()))
                    .contains("musubi.site.brand")
                    .contains("link #777777 on paper #ffffff has a contrast ratio of 4.48:1")
                    .contains("link #777777 on tint #f3f6f9 has a contrast ratio of 4.13:1")
                    .contains("4.5:1")
                    .doesNotContain("on-primary");
        });
        // A light primary fails under white text, and as text on white.
        site.withPropertyValues("musubi.site.brand.primary=#ff9999", "musubi.site.brand.link=#0b5394").run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootMessage(context.getStartupFailure()))
                    .contains("on-primary #ffffff on primary #ff9999 has a contrast ratio of 2.")
                    .contains("primary #ff9999 on paper #ffffff")
                    .doesNotContain("link #0b5394");
        });
    }

    @Test
    void colourSettingsThatAreNoHexColoursOrLogosTheProductDoesNotShipStopTheStart() {
        site.withPropertyValues("musubi.site.brand.primary=red").run(context ->
                assertThat(rootMessage(context.getStartupFailure()))
                        .contains("musubi.site.brand.primary must be a CSS hex colour"));
        site.withPropertyValues("musubi.site.logo=/assets/brand/no-such-logo.svg").run(context ->
                assertThat(rootMessage(context.getStartupFailure()))
                        .contains("musubi.site.logo /assets/brand/no-such-logo.svg is not among the files"));
        site.withPropertyValues("musubi.site.logo=https://elsewhere.example/logo.svg").run(context ->
                assertThat(rootMessage(context.getStartupFailure())).contains("must be a path on this site"));
    }

    @Test
    void theLinkColourIsThePrimaryOneUnlessSet() {
        SiteBrand brand = new SiteBrand("#1d6b33", null, null, null);

        assertThat(brand.link()).isEqualTo("#1d6b33");
        assertThat(brand.primaryDark()).isEqualTo("#083b6a");
        assertThatThrownBy(() -> new SiteBrand(null, null, "#999999", null))
                .hasMessageContaining("on-primary #999999 on primary #0b5394");
    }

    private static String rootMessage(Throwable failure) {
        assertThat(failure).isNotNull();
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}

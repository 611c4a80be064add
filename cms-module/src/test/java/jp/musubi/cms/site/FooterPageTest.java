package jp.musubi.cms.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The footer's fixed pages: the programme's list or the three defaults, and a setting that is no page refused. */
class FooterPageTest {

    @Test
    void withoutAListTheFooterLinksTheThreePolicies() {
        assertThat(new SiteProperties("名前", "運営", "http://localhost").footerPages()).extracting(FooterPage::path)
                .containsExactly("/pages/terms", "/pages/privacy", "/pages/accessibility");
    }

    @Test
    void aPageWithoutTitleOrWithAPathForANameStopsTheStart() {
        assertThatThrownBy(() -> new FooterPage(" ", "bylaws")).hasMessageContaining("musubi.site.footer-pages");
        assertThatThrownBy(() -> new FooterPage("会則", "../admin")).hasMessageContaining("musubi.site.footer-pages");
        assertThat(List.of(new FooterPage("コンソーシアム会則", "bylaws"))).extracting(FooterPage::path)
                .containsExactly("/pages/bylaws");
    }
}

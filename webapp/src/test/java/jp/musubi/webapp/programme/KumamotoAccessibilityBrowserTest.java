package jp.musubi.webapp.programme;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.KumamotoBrowserTest;
import org.junit.jupiter.api.Test;

/** axe-core (wcag2a, wcag2aa) on the Kumamoto consortium's top page, DX相談 form and a disabled feature's 404. */
@KumamotoBrowserTest
class KumamotoAccessibilityBrowserTest {

    @Test
    void theConsortiumsPagesAreAccessibleAtBothWidths(BrowserSession browser) {
        for (String path : List.of("/", "/consultation")) {
            Page page = browser.open(path);
            browser.assertAccessibleAtBothWidths(page);
        }
        Page missing = browser.open("/issues");
        assertThat(missing.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("ページが見つかりません")))
                .isVisible();
        browser.assertAccessible(missing);
    }
}

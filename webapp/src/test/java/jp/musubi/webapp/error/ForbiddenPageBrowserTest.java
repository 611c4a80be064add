package jp.musubi.webapp.error;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A logged-in user who opens a page their role may not enter sees the Japanese 403 page in the site's
 * layout, not JSON (issue 21, item 5): title, lang="ja", what happened, whom to ask, the way to マイページ.
 */
@MusubiBrowserTest
class ForbiddenPageBrowserTest {

    @ParameterizedTest(name = "{0} opens {1} at {2} px")
    @CsvSource({"member, /admin, 1280", "member, /admin, 320", "municipal, /inbox, 1280", "municipal, /inbox, 320"})
    void theForbiddenPageIsJapaneseAccessibleAndLeadsBack(String user, String path, int width, BrowserSession browser) {
        Page page = browser.login(user, BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.setViewportSize(width, 800);

        Response response = page.navigate(path);

        org.assertj.core.api.Assertions.assertThat(response.status()).isEqualTo(403);
        org.assertj.core.api.Assertions.assertThat(response.headerValue("content-type")).startsWith("text/html");
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^アクセスする権限がありません"));
        assertThat(page.locator("html")).hasAttribute("lang", "ja");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("アクセスする権限がありません");
        assertThat(page.locator("main")).containsText("このページを開く権限がありません");
        assertThat(page.locator("main")).containsText("事務局に役割の追加をご依頼ください");
        browser.assertAccessible(page);

        page.locator("main").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("マイページへ戻る")).click();
        page.waitForURL("**/mypage");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("マイページ");
    }
}

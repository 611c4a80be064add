package jp.musubi.webapp.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import org.junit.jupiter.api.Test;

@MusubiBrowserTest
class LoginPageBrowserTest {

    @Test
    void loginPageIsAccessibleAndJapanese(BrowserSession browser) {
        Page page = browser.open("/login");

        assertThat(page.locator("html")).hasAttribute("lang", "ja");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("ログイン"))).isVisible();
        browser.assertAccessible(page);
    }

    @Test
    void keyboardUserSkipsToContentAndLogsIn(BrowserSession browser) {
        Page page = browser.open("/login");

        page.keyboard().press("Tab");
        assertThat(page.getByText("本文へスキップ")).isFocused();
        page.keyboard().press("Enter");
        page.getByLabel("ログインID").focus();
        page.keyboard().type("secretariat");
        page.keyboard().press("Tab");
        page.keyboard().type(BrowserSession.DEMO_PASSWORD);
        page.keyboard().press("Enter");

        page.waitForURL("**/mypage");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("マイページ"))).isVisible();
        assertThat(page.locator(".site-account")).containsText("結城 事務子");
        browser.assertAccessible(page);
    }

    @Test
    void wrongPasswordShowsAJapaneseErrorThatIsAccessible(BrowserSession browser) {
        Page page = browser.login("owner", "not-the-password");

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("ログインIDまたはパスワードが正しくありません。");
        browser.assertAccessible(page);
    }

    @Test
    void headerLeadsTheAdministratorToAdministration(BrowserSession browser) {
        Page page = browser.login("admin", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("管理").setExact(true)).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("管理").setExact(true))).isVisible();
        assertThat(page.locator("table")).containsText("secretariat");
        browser.assertAccessible(page);
    }
}

package jp.musubi.webapp.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import org.junit.jupiter.api.Test;

/**
 * アカウント管理 in a real browser: the list, the refused form and the issued account, axe clean at
 * 1280 and 320 px; the secretariat may issue municipal accounts only.
 */
@MusubiBrowserTest
class StaffAccountsBrowserTest {

    @Test
    void theAdministratorIssuesAnAccountAfterARefusedForm(BrowserSession browser) {
        Page page = browser.login("admin", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/admin/accounts");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("アカウント管理").setExact(true))).isVisible();
        browser.assertAccessibleAtBothWidths(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("発行してメールを送る")).click();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("^【入力エラー】"));
        assertThat(page.locator("#field-username")).hasAttribute("aria-invalid", "true");
        browser.assertAccessibleAtBothWidths(page);

        String username = "browser-staff-" + (System.nanoTime() % 1_000_000);
        page.getByLabel("ログインID").fill(username);
        page.getByLabel("氏名").fill("栃木 花子");
        page.getByLabel("メールアドレス").fill(username + "@pref.example.jp");
        page.getByLabel("役割").selectOption("EDITOR");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("発行してメールを送る")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).isVisible();
        assertThat(page.locator("table")).containsText(username);
        browser.assertAccessibleAtBothWidths(page);
    }

    @Test
    void theSecretariatIssuesMunicipalAccountsOnly(BrowserSession browser) {
        Page page = browser.login("secretariat", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/admin/accounts");
        assertThat(page.locator("main")).containsText("県・市町 担当課のアカウントを発行・利用停止・再開できます。");
        assertThat(page.locator("#field-role option")).hasCount(1);
        browser.assertAccessibleAtBothWidths(page);
    }
}

package jp.musubi.webapp.ledger;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secretariat works in the ledger in a real browser — search, a member's page, an import refused
 * then accepted — and the prefecture reads it; every new page is axe clean at 1280 and 320 px.
 */
@MusubiBrowserTest
class LedgerBrowserTest {

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeImported() {
        LedgerFiles.removeImported(jdbc);
    }

    @Test
    void theSecretariatSearchesOpensAMemberAndImportsALedger(BrowserSession browser) throws Exception {
        Page page = browser.login("secretariat", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/admin/members");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("会員管理簿").setExact(true))).isVisible();
        browser.assertAccessibleAtBothWidths(page);

        page.getByLabel("活用分野").selectOption("農業");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("絞り込む")).click();
        assertThat(page.locator("table")).containsText("株式会社那須野電子");
        browser.assertAccessibleAtBothWidths(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("株式会社那須野電子")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("株式会社那須野電子"))).isVisible();
        assertThat(page.getByLabel("メールアドレス").first()).hasValue("sato@nasuno-denshi.example.jp");
        browser.assertAccessibleAtBothWidths(page);

        page.navigate("/admin/members/import");
        browser.assertAccessibleAtBothWidths(page);
        String run = "browser" + System.nanoTime();
        Path bad = Files.createTempFile("ledger-bad", ".csv");
        Path good = Files.createTempFile("ledger-good", ".csv");
        try {
            Files.write(bad, LedgerFiles.csv(run, 30, 12));
            page.getByLabel("取り込むファイル").setInputFiles(bad);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("内容を確認する")).click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("12行目：");
            browser.assertAccessibleAtBothWidths(page);

            Files.write(good, LedgerFiles.csv(run, 30, 0));
            page.getByLabel("取り込むファイル").setInputFiles(good);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("内容を確認する")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("30件を取り込めます"))).isVisible();
            browser.assertAccessibleAtBothWidths(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("30件を取り込む")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("会員管理簿を取り込みました（30件）。");
            assertThat(LedgerFiles.imported(jdbc, run)).isEqualTo(30);
        } finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }
    }

    @Test
    void thePrefectureReadsAMemberWithoutContacts(BrowserSession browser) {
        Page page = browser.login("pref", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/admin/members/nasuno-denshi");
        assertThat(page.locator("main")).containsText("担当者の個人情報は事務局だけが見ることができます。");
        assertThat(page.locator("main")).not().containsText("sato@nasuno-denshi.example.jp");
        browser.assertAccessibleAtBothWidths(page);
    }

    @Test
    void theAdministratorSearchesTheAuditLogAndChangesRoles(BrowserSession browser) {
        Page page = browser.login("admin", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/admin/audit");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("監査ログ").setExact(true))).isVisible();
        browser.assertAccessibleAtBothWidths(page);
        page.navigate("/admin/accounts/editor/roles");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("役割の変更（editor）"))).isVisible();
        browser.assertAccessibleAtBothWidths(page);
    }
}

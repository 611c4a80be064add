package jp.musubi.webapp.member;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import org.junit.jupiter.api.Test;

/** The member portal's pages and error states, and the editor's preview, pass axe-core (wcag2a, wcag2aa). */
@MusubiBrowserTest
class MemberPortalBrowserTest {

    @Test
    void theMemberPortalIsReachedFromTheHeaderAndIsAccessible(BrowserSession browser) {
        Page page = browser.login("member", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("会員ページ")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("株式会社那須野電子"))).isVisible();
        browser.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("プロフィールの変更を申請する")).click();
        browser.assertAccessible(page);
        page.getByLabel("概要").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("変更を申請する")).click();
        assertThat(page.locator("#error-summary")).containsText("概要を入力してください。");
        browser.assertAccessible(page);

        page.navigate("/member/withdrawal");
        page.getByLabel("退会の理由（任意）").fill("確認のため");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("退会を申し出る")).click();
        assertThat(page.locator("#error-summary")).isVisible();
        assertThat(page.getByLabel("退会の理由（任意）")).hasValue("確認のため");
        browser.assertAccessible(page);

        // シーズ: the empty form, the form refused with errors (nothing stored), and an own seed's form.
        page.navigate("/member/seeds/new");
        browser.assertAccessible(page);
        page.getByLabel("分類タグ").fill("防災");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存して承認を申請する")).click();
        assertThat(page.locator("#error-summary")).isVisible();
        assertThat(page.getByLabel("分類タグ")).hasValue("防災");
        browser.assertAccessible(page);
        page.navigate("/member/seeds/lpwa-water-level-sensor/edit");
        assertThat(page.getByLabel("シーズ名")).not().isEmpty();
        browser.assertAccessible(page);

        // The seeded 選定中 issue: its case is past the call for proposals, so the form says so.
        page.navigate("/member/proposals/new?issue=nikko-tourism-congestion");
        assertThat(page.locator("main")).containsText("提案を受け付けていません");
        browser.assertAccessible(page);
    }

    @Test
    void theEditorsPreviewShowsTheBannerAndIsAccessible(BrowserSession browser) {
        Page page = browser.login("editor", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/editor/preview/articles/report-meeting-2027-notice");
        assertThat(page.getByText("プレビュー（未公開）")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("（下書き）");
        browser.assertAccessible(page);
    }
}

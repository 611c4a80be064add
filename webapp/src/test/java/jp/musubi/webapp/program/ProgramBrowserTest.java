package jp.musubi.webapp.program;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The prefecture reads the targets, drills into one and previews and downloads a report; the
 * secretariat sees the deliverables. Every page is checked with axe at both widths.
 */
@MusubiBrowserTest
class ProgramBrowserTest {

    @Test
    void prefectureReadsTargetsDrillsDownAndDownloadsTheMonthlyReport(BrowserSession browser) throws Exception {
        Page page = browser.login("pref", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("事業の目標・報告")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("事業の目標と実績"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("新規会員登録数（企業・団体数、県・市町を除く）"))).isVisible();
        // The chart's figures are also a table.
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                .setName("新規会員登録数（企業・団体数、県・市町を除く）の月別件数"))).isVisible();
        browser.assertAccessible(page);
        page.setViewportSize(320, 800);
        browser.assertAccessible(page);
        page.setViewportSize(1280, 900);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("新規会員登録数（企業・団体数、県・市町を除く）の集計対象を見る")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("新規会員登録数（企業・団体数、県・市町を除く）の集計対象");
        browser.assertAccessible(page);

        page.navigate(browser.baseUrl() + "/admin/program/reports");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("報告書の作成"))).isVisible();
        browser.assertAccessible(page);
        page.getByLabel("対象の月（例：2026-11）").fill("2026-11");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("内容を確認する")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("月次報告書");
        assertThat(page.locator("main")).containsText("2026年11月分");
        browser.assertAccessible(page);

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("月次報告書をPDFでダウンロード")).click());
        Path pdf = download.path();
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(document)).contains("月次報告書", "活動目標と実績");
        }
    }

    @Test
    void prefectureReadsTheSiteAccessOfAMonthAndDownloadsItsPdf(BrowserSession browser) throws Exception {
        browser.open("/seeds?q=" + java.net.URLEncoder.encode("水位", java.nio.charset.StandardCharsets.UTF_8));
        Page page = browser.login("pref", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate(browser.baseUrl() + "/admin/program");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("サイトアクセス状況")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1).setName("サイトアクセス状況"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("サイト内検索の検索語（上位50件）"))).isVisible();
        browser.assertAccessibleAtBothWidths(page);

        // A month the form cannot produce, typed into the address: the page says what is wrong.
        page.navigate(browser.baseUrl() + "/admin/program/access?month=2026-13");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("月は「2026-11」の形で指定してください。");
        browser.assertAccessible(page);

        page.getByLabel("対象の月（例：2026-11）").fill("2026-11");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("表示する")).click();
        assertThat(page.locator("main")).containsText("2026年11月分");
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("サイトアクセス状況報告をPDFでダウンロード")).click());
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            org.assertj.core.api.Assertions.assertThat(new PDFTextStripper().getText(document))
                    .contains("サイトアクセス状況報告", "コンテンツ種別ごとのページビュー", "結果が0件だった検索語");
        }
    }

    @Test
    void secretariatSeesTheDeliverablesAndAWrongUploadIsExplained(BrowserSession browser) {
        Page page = browser.login("secretariat", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate(browser.baseUrl() + "/admin/program/deliverables");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("成果品の提出予定"))).isVisible();
        assertThat(page.locator("table")).containsText("中間報告書");
        browser.assertAccessible(page);

        page.getByLabel("中間報告書のファイル（PDF）").setInputFiles(new com.microsoft.playwright.options.FilePayload(
                "中間報告書.pdf", "text/plain", "PDFではありません".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.locator("form").filter(new com.microsoft.playwright.Locator.FilterOptions().setHas(
                page.getByLabel("中間報告書のファイル（PDF）"))).getByRole(AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("提出する")).click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("提出できませんでした。");
        browser.assertAccessible(page);
    }
}

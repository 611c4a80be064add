package jp.musubi.webapp.municipal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import jp.musubi.workflow.issuecase.IssueCaseStatus;
import jp.musubi.workflow.issuecase.IssueCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The municipal area end to end in Chromium: 宇都宮市 submits an issue with a related document and sees
 * it 取扱判断中; the prefecture decides in the inbox; 宇都宮市 sees the new step and the comment; after
 * the selection 鹿沼市 answers the participation request and the secretariat's task shows it; the
 * matched municipality sees the selected company's contact. Every page and form state passes axe-core
 * (wcag2a, wcag2aa) at 1280 and 320 px. And the issue form, used with the keyboard only.
 */
@MusubiBrowserTest
class MunicipalBrowserTest {

    /** Most Tab presses allowed to reach a control: the header, the form's earlier fields and hints. */
    private static final int MAX_TABS = 80;

    @Autowired
    IssueCases issueCases;
    @Autowired
    MunicipalTestCases cases;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anIssueGoesFromTheMunicipalityThroughTheInboxToTheMatchedCompanysContact(BrowserSession browser) {
        String title = "観光案内所の混雑と多言語対応（ブラウザ " + Long.toString(System.nanoTime(), 36) + "）";
        Page page = browser.login("municipal", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("県・市町のページ")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("県・市町のページ").setLevel(1))).isVisible();
        accessible(browser, page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("課題を応募する").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("課題の応募").setLevel(1))).isVisible();
        accessible(browser, page);
        // Saved without a title: the error summary, and the typed department kept.
        page.getByLabel("所管課").fill("観光経済部 観光交流課");
        button(page, "下書きを保存する").click();
        assertThat(page.locator("#error-summary")).containsText("課題のタイトルを入力してください。");
        assertThat(page.getByLabel("所管課")).hasValue("観光経済部 観光交流課");
        accessible(browser, page);

        page.getByLabel("課題のタイトル").fill(title);
        page.getByLabel("課題の概要").fill("観光案内所が混雑し、多言語での案内が追いつかない。");
        page.getByLabel("背景").fill("訪日客が増えている。");
        page.getByLabel("現状").fill("職員3名が紙の地図で案内している。");
        page.getByLabel("広域連携の課題").check();
        page.getByLabel("担当者名").fill("宇都 花子");
        page.getByLabel("担当者のメールアドレス").fill("hanako@city-utsunomiya.example.jp");
        page.getByLabel("関連するデータ・資料（任意）").setInputFiles(new FilePayload("観光客数の推移.png", "image/png", png()));
        button(page, "下書きを保存する").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("下書きを保存しました");
        assertThat(page.locator("main")).containsText("観光客数の推移.png を外す");
        accessible(browser, page);

        button(page, "この内容で応募する").click();
        assertThat(page.locator("#current-step")).hasText("取扱判断中");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("を応募しました");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("観光客数の推移.png"))).isVisible();
        accessible(browser, page);
        long caseId = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
        page.navigate("/municipal/issues");
        assertThat(page.locator("main")).containsText(title);
        accessible(browser, page);

        // 県: 取扱判断 in the inbox, with a comment.
        logout(page);
        page = browser.login("pref", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/inbox?view=group&q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("取扱判断").setExact(true)).click();
        assertThat(page.locator("main")).containsText(title);
        page.getByLabel("本プラットフォームで取り扱う").check();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("コメント").setExact(true)).fill("対象地域を絞って進めましょう。");
        button(page, "入力内容で完了する").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("「取扱判断」を完了しました。");

        // 宇都宮市 sees the new step and the prefecture's comment.
        logout(page);
        page = browser.login("municipal", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/municipal/issues/" + caseId);
        assertThat(page.locator("#current-step")).hasText("課題整理中");
        assertThat(page.locator("main")).containsText("取扱判断：本プラットフォームで取り扱います");
        assertThat(page.locator("main")).containsText("対象地域を絞って進めましょう。");
        accessible(browser, page);

        // After the selection, 鹿沼市 answers the participation request.
        cases.selected(caseId);
        logout(page);
        page = browser.login("municipal-kanuma", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/municipal/participation");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        accessible(browser, page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(title + "への参加意向を送信する")).click();
        assertThat(page.locator("#error-summary")).containsText("参加意向を「参加する」「参加しない」「検討中」から選んでください。");
        accessible(browser, page);
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(title + "への参加意向")).getByLabel("参加する", 
                new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).check();
        page.locator("#field-comment-" + caseId).fill("日光方面と連携したい");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(title + "への参加意向を送信する")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("参加意向「参加する」を登録しました。");
        page.navigate("/municipal/issues/" + caseId);
        assertThat(page.locator("main")).containsText("この課題は見つかりません。ほかの市町の課題は表示できません。");
        accessible(browser, page);

        // The secretariat's next task of the selected issue shows the answer.
        cases.participationClosed(caseId);
        logout(page);
        page = browser.login("secretariat", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/inbox/tasks/" + cases.task(caseId, "draftIssuePage"));
        assertThat(page.locator("main")).containsText("参加意向（鹿沼市）");
        assertThat(page.locator("main")).containsText("参加する（日光方面と連携したい）");

        // After the matching, 宇都宮市 sees the selected company's contact and records the consultation.
        cases.matched(caseId, "株式会社ブラウザ多言語", "多言 花子", "hanako@browser-tagengo.example.jp");
        logout(page);
        page = browser.login("municipal", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/municipal/issues/" + caseId);
        assertThat(page.locator("#current-step")).hasText("マッチング済");
        assertThat(page.locator("main")).containsText("多言 花子");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("hanako@browser-tagengo.example.jp"))).isVisible();
        accessible(browser, page);
        page.getByLabel("個別協議を開始した").check();
        button(page, "記録する").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("「個別協議を開始した」を記録しました。");
        accessible(browser, page);
        org.assertj.core.api.Assertions.assertThat(issueCases.find(caseId).orElseThrow().status()).isEqualTo(IssueCaseStatus.MATCHED);
    }

    @Test
    void theRoundsPageAndItsErrorStateAreAccessible(BrowserSession browser) {
        Page page = browser.login("pref", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/admin/issue-rounds");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("課題募集").setLevel(1))).isVisible();
        accessible(browser, page);
        page.getByLabel("募集の名称").fill("ブラウザ確認の課題募集");
        button(page, "登録する").click();
        assertThat(page.locator("#error-summary")).containsText("受付開始日を入力してください。");
        assertThat(page.getByLabel("募集の名称")).hasValue("ブラウザ確認の課題募集");
        accessible(browser, page);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM issue_round WHERE title = ?")
                .param("ブラウザ確認の課題募集").query(Long.class).single()).isZero();
    }

    @Test
    void theIssueFormIsFilledAndSubmittedWithTheKeyboardOnly(BrowserSession browser) {
        String title = "キーボードで応募する課題（" + Long.toString(System.nanoTime(), 36) + "）";
        Page page = browser.login("municipal", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/municipal/issues/new");
        typeInto(page, "#field-title", title);
        typeInto(page, "#field-department", "総合政策部 デジタル推進課");
        typeInto(page, "#field-summary", "申請書の転記作業が多い。");
        typeInto(page, "#field-background", "窓口の申請が増えている。");
        typeInto(page, "#field-currentSituation", "職員が手入力している。");
        tabTo(page, "#scope-local");
        page.keyboard().press("Space");
        typeInto(page, "#field-contactName", "鍵盤 花子");
        typeInto(page, "#field-contactEmail", "kenban@city-utsunomiya.example.jp");
        tabTo(page, "button:has-text('下書きを保存する')");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("下書きを保存しました");
        assertThat(page.locator("#scope-local")).isChecked();
        tabTo(page, "button:has-text('この内容で応募する')");
        page.keyboard().press("Enter");
        assertThat(page.locator("#current-step")).hasText("取扱判断中");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(title);
    }

    /** axe-core (wcag2a, wcag2aa) at 1280 and at 320 px. */
    private static void accessible(BrowserSession browser, Page page) {
        page.setViewportSize(1280, 900);
        browser.assertAccessible(page);
        page.setViewportSize(320, 640);
        browser.assertAccessible(page);
        page.setViewportSize(1280, 900);
    }

    private static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void logout(Page page) {
        button(page, "ログアウト").click();
        page.waitForURL(url -> !url.contains("/municipal") && !url.contains("/inbox"));
    }

    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            Object reached = page.locator(selector).first().evaluate("element => element === document.activeElement");
            if (Boolean.TRUE.equals(reached)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector + " on " + page.url());
    }

    private static void typeInto(Page page, String selector, String text) {
        tabTo(page, selector);
        page.keyboard().type(text);
    }

    private static byte[] png() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package jp.musubi.webapp.editor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import jp.musubi.workflow.approval.PublicationRequest;
import jp.musubi.workflow.approval.PublicationRequestRepository;
import jp.musubi.cms.publication.PublicationService;
import org.flowable.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An editor writes an article with an image, previews and submits it; the prefecture sends it back
 * with a comment; the editor fixes and resubmits; the prefecture approves; it is delivered and its
 * history shows the three revisions and their differences.
 *
 * <p>Both sides go through the pages: the editor in the session's browser context, the prefecture
 * ({@code pref}) in a second context of its own, through its inbox and the review the task page loads.
 */
@MusubiBrowserTest
class EditorPublicationBrowserTest {

    @Autowired
    ContentService content;
    @Autowired
    PublicationRequestRepository requests;
    @Autowired
    PublicationService publication;
    @Autowired
    RuntimeService runtime;

    private final TemporaryItems created = new TemporaryItems();

    /** The prefecture's own browser context (own cookies), when a test logs it in. */
    private BrowserContext prefecture;

    @AfterEach
    void closePrefectureBrowser() {
        if (prefecture != null) {
            prefecture.close();
        }
    }

    @AfterEach
    void removeCreatedItems() {
        created.removeAll(content, publication, runtime);
    }

    private static Locator.GetByRoleOptions named(String name) {
        return new Locator.GetByRoleOptions().setName(name);
    }

    private static Page.GetByRoleOptions name(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void anArticleGoesFromDraftThroughRejectionToPublication(BrowserSession browser) {
        String name = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        String title = "ワークショップ参加者募集 " + name;
        created.add("articles", name);

        Page page = browser.login("editor", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.getByRole(AriaRole.NAVIGATION, name("メインメニュー")).getByRole(AriaRole.LINK, named("コンテンツ編集")).click();
        assertThat(page.getByRole(AriaRole.HEADING, name("コンテンツ編集"))).isVisible();
        browser.assertAccessible(page);

        page.getByRole(AriaRole.LINK, name("記事").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, name("記事の一覧"))).isVisible();
        browser.assertAccessible(page);

        page.getByRole(AriaRole.LINK, name("記事を新しく作成")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, name("記事を新しく作成"))).isVisible();
        // A save without the required fields: summarized at the top, next to the fields, nothing lost.
        page.getByLabel("名前（URLになります）").fill(name);
        page.getByLabel("リード文").fill("参加者を募集します。");
        page.getByRole(AriaRole.BUTTON, name("保存する")).click();
        Locator summary = page.locator("#error-summary");
        assertThat(summary).containsText("入力内容を確認してください");
        assertThat(summary.getByRole(AriaRole.LINK, named("タイトルは必須です。"))).isVisible();
        assertThat(page.locator("#f-title-error")).containsText("タイトルは必須です。");
        assertThat(page.getByLabel("リード文")).hasValue("参加者を募集します。");
        browser.assertAccessible(page);

        page.getByLabel("タイトル").fill(title);
        page.getByLabel("カテゴリ").selectOption("event");
        page.getByLabel("タグ").fill("ワークショップ、DX");
        Locator body = page.getByRole(AriaRole.TEXTBOX, name("本文"));
        body.click();
        page.keyboard().type("12月10日に県庁でワークショップを開きます。");
        // Image from the assets, with its mandatory alternative text.
        FileChooser chooser = page.waitForFileChooser(() ->
                page.getByRole(AriaRole.BUTTON, name("画像を挿入")).click());
        chooser.setFiles(new FilePayload("venue.png", "image/png", EditorPagesTest.PNG));
        Locator dialog = page.getByRole(AriaRole.DIALOG, name("画像の代替テキスト"));
        assertThat(dialog).isVisible();
        dialog.getByRole(AriaRole.BUTTON, named("挿入する")).click();
        assertThat(dialog.locator("#alt-dialog-error")).isVisible();
        dialog.getByLabel("代替テキスト").fill("県庁の会場の写真");
        dialog.getByRole(AriaRole.BUTTON, named("挿入する")).click();
        assertThat(body.locator("img[alt='県庁の会場の写真']")).hasCount(1);
        page.getByLabel("会員向けメールでも配信").check();
        page.getByRole(AriaRole.BUTTON, name("保存する")).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("作成しました")))
                .containsText("第1版");
        assertThat(page.locator(".editor-status")).containsText("未公開");
        browser.assertAccessible(page);

        // A second save (the lead is corrected), then the preview of what will be published.
        page.getByLabel("リード文").fill("ワークショップの参加者を募集します。");
        page.getByRole(AriaRole.BUTTON, name("保存する")).click();
        assertThat(page.locator(".editor-status")).containsText("第2版");
        Locator preview = page.locator(".editor-actions a").first();
        assertThat(preview).containsText("プレビュー");
        assertThat(preview).hasAttribute("href", "/editor/preview/articles/" + name + "?revision=2");
        assertThat(preview).hasAttribute("target", "_blank");
        Page previewPage = page.context().waitForPage(preview::click);
        assertThat(previewPage.locator(".preview-banner")).containsText("プレビュー（未公開）");
        assertThat(previewPage.getByRole(AriaRole.HEADING, name(title).setLevel(1))).isVisible();
        assertThat(previewPage.locator(".lead")).hasText("ワークショップの参加者を募集します。");
        assertThat(previewPage.getByRole(AriaRole.IMG, name("県庁の会場の写真"))).isVisible();
        browser.assertAccessible(previewPage);
        previewPage.close();

        page.getByLabel("承認者へのコメント（任意）").fill("公開をお願いします。");
        page.getByRole(AriaRole.BUTTON, name("公開を申請する")).click();
        assertThat(page.locator(".editor-status")).containsText("承認待ち");

        // The prefecture, in its own browser, finds the request in its inbox and sends it back with a comment.
        Page inbox = loginAsPrefecture(browser, page);
        Locator review = openApprovalTask(inbox, title);
        assertThat(review.getByRole(AriaRole.HEADING, named("公開される内容の変更点"))).isVisible();
        assertThat(review).containsText("新規公開");
        assertThat(review).containsText("第2版");
        assertThat(review).containsText("ワークショップの参加者を募集します。");
        browser.assertAccessible(inbox);
        inbox.getByLabel("差し戻す").check();
        inbox.getByRole(AriaRole.TEXTBOX, name("コメント").setExact(true)).fill("開催時刻を本文に書いてください。");
        inbox.getByRole(AriaRole.BUTTON, name("入力内容で完了する")).click();
        assertThat(inbox.getByRole(AriaRole.STATUS)).containsText("「公開承認」を完了しました。");

        page.reload();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("開催時刻を本文に書いてください。");
        body = page.getByRole(AriaRole.TEXTBOX, name("本文"));
        body.click();
        page.keyboard().press("End");
        page.keyboard().type("時間は13時30分からです。");
        page.getByRole(AriaRole.BUTTON, name("保存する")).click();
        assertThat(page.locator(".editor-status")).containsText("第3版");
        page.getByRole(AriaRole.BUTTON, name("公開を申請する")).click();
        assertThat(page.locator(".editor-status")).containsText("承認待ち");

        // The prefecture sees the resubmitted revision (still a first publication: nothing is public yet) and approves.
        review = openApprovalTask(inbox, title);
        assertThat(review).containsText("新規公開");
        assertThat(review).containsText("第3版");
        assertThat(review).containsText("時間は13時30分からです。");
        inbox.getByLabel("承認する").check();
        inbox.getByRole(AriaRole.BUTTON, name("入力内容で完了する")).click();
        assertThat(inbox.getByRole(AriaRole.STATUS)).containsText("「公開承認」を完了しました。");

        ContentItem published = content.get("articles", name);
        assertThat(published.status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(published.publishedRevision()).isEqualTo(3);
        APIResponse delivery = page.request().get("/.rest/delivery/articles/" + name);
        assertThat(delivery.status()).isEqualTo(200);
        assertThat(delivery.text()).contains(title).contains("時間は13時30分からです。").contains("県庁の会場の写真");
        List<PublicationRequest> history = requests.findByItem("articles", name);
        assertThat(history.get(0).newsletterSendId()).as("flagged: the newsletter was started").isNotNull();

        // On the public site, for anyone.
        Page site = page.context().browser().newPage(new Browser.NewPageOptions().setLocale("ja-JP")
                .setBaseURL(browser.baseUrl()));
        try {
            site.navigate("/articles/" + name);
            assertThat(site.getByRole(AriaRole.HEADING, name(title).setLevel(1))).isVisible();
            assertThat(site.locator("main")).containsText("時間は13時30分からです。");
            assertThat(site.getByRole(AriaRole.IMG, name("県庁の会場の写真"))).isVisible();
            assertThat(site.locator(".preview-banner")).hasCount(0);
        } finally {
            site.close();
        }

        page.reload();
        assertThat(page.locator(".editor-status")).containsText("公開中");
        page.getByRole(AriaRole.LINK, name("変更履歴")).click();
        Locator revisions = page.locator("table.data tbody tr");
        assertThat(revisions).hasCount(3);
        assertThat(revisions.nth(0)).containsText("第3版");
        assertThat(revisions.nth(0)).containsText("公開中");
        assertThat(revisions.nth(2)).containsText("editor");
        browser.assertAccessible(page);

        page.getByLabel("比べる元の版").selectOption("1");
        page.getByLabel("比べる先の版").selectOption("3");
        page.getByRole(AriaRole.BUTTON, name("違いを表示")).click();
        assertThat(page.getByRole(AriaRole.HEADING, name("第1版と第3版の違い"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, name("リード文（変更）"))).isVisible();
        assertThat(page.locator("ins").filter(new Locator.FilterOptions().setHasText("時間は13時30分からです")))
                .hasCount(1);
        browser.assertAccessible(page);
    }

    @Test
    void leavingWithUnsavedChangesWarns(BrowserSession browser) {
        Page page = browser.login("secretariat", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/editor/new/articles");
        page.getByLabel("タイトル").fill("書きかけ");
        AtomicReference<String> dialogType = new AtomicReference<>();
        page.onDialog(dialog -> {
            dialogType.set(dialog.type());
            dialog.dismiss();
        });
        page.close(new Page.CloseOptions().setRunBeforeUnload(true));
        page.waitForCondition(() -> dialogType.get() != null);
        assertThat(dialogType.get()).isEqualTo("beforeunload");
    }

    @Test
    void pastedWordContentKeepsItsStructureAndLosesWordsFormatting(BrowserSession browser) {
        String name = "paste-" + UUID.randomUUID().toString().substring(0, 8);
        created.add("articles", name);
        Page page = browser.login("editor", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/editor/new/articles");
        page.getByLabel("名前（URLになります）").fill(name);
        page.getByLabel("タイトル").fill("Wordから貼り付けた記事");
        page.getByLabel("カテゴリ").selectOption("news");
        page.getByRole(AriaRole.TEXTBOX, name("本文")).click();
        String word = "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><style>p.MsoNormal{margin:0}</style></head>"
                + "<body><!--StartFragment--><h2 class=MsoTitle style='mso-outline-level:2'>開催概要<o:p></o:p></h2>"
                + "<p class=MsoNormal style='mso-margin-top-alt:auto'><span style='font-family:\"ＭＳ 明朝\"'>"
                + "県庁で説明会を開きます。<o:p></o:p></span></p>"
                + "<table class=MsoTableGrid border=1 style='border-collapse:collapse'><tr><td style='width:100pt'>"
                + "<p class=MsoNormal>日時<o:p></o:p></p></td><td><p class=MsoNormal>12月10日<o:p></o:p></p></td></tr></table>"
                + "<!--EndFragment--></body></html>";
        page.evaluate("html => { const target = document.querySelector('.editor-richtext__surface');"
                + " const data = new DataTransfer(); data.setData('text/html', html); data.setData('text/plain', '開催概要');"
                + " target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })); }",
                word);

        Locator body = page.getByRole(AriaRole.TEXTBOX, name("本文"));
        assertThat(body.locator("h2")).hasText("開催概要");
        assertThat(body.locator("table td")).hasCount(2);
        String editorHtml = (String) page.evaluate("() => document.getElementById('f-body').value");
        assertThat(editorHtml).contains("県庁で説明会を開きます。").doesNotContain("Mso").doesNotContain("mso-")
                .doesNotContain("o:p").doesNotContain("明朝");
        page.getByRole(AriaRole.BUTTON, name("保存する")).click();
        assertThat(page.locator(".editor-status")).containsText("第1版");

        String stored = (String) content.get("articles", name).properties().get("body");
        assertThat(stored).contains("<h2>開催概要</h2>").contains("<td>").contains("日時")
                .doesNotContain("style=").doesNotContain("class=");
    }

    /** Logs {@code pref} in within a second browser context, so that the editor's session stays open. */
    private Page loginAsPrefecture(BrowserSession browser, Page editorPage) {
        prefecture = editorPage.context().browser().newContext(new Browser.NewContextOptions().setLocale("ja-JP")
                .setBaseURL(browser.baseUrl()));
        Page page = prefecture.newPage();
        page.navigate("/login");
        page.getByLabel("ログインID").fill("pref");
        page.getByLabel("パスワード").fill(BrowserSession.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, name("ログイン")).click();
        page.waitForURL("**/mypage");
        return page;
    }

    /**
     * Goes to the group's tasks through the menu, finds the article's 公開承認 task by its title, opens
     * it and waits for the review the page loads with htmx; returns that review.
     */
    private static Locator openApprovalTask(Page page, String title) {
        page.getByRole(AriaRole.NAVIGATION, name("メインメニュー")).getByRole(AriaRole.LINK, named("タスク")).click();
        page.getByRole(AriaRole.LINK, name("グループのタスク").setExact(true)).click();
        page.getByLabel("案件名で検索").fill(title);
        page.getByRole(AriaRole.BUTTON, name("この条件で表示").setExact(true)).click();
        Locator rows = page.locator("table.inbox-table tbody tr");
        assertThat(rows).hasCount(1);
        assertThat(rows).containsText(title);
        rows.getByRole(AriaRole.LINK, named("公開承認").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, name(title).setLevel(1))).isVisible();
        Locator review = page.locator(".inbox-review .editor-review");
        assertThat(review).isVisible();
        return review;
    }
}

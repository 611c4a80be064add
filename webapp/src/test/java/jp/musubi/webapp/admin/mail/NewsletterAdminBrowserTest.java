package jp.musubi.webapp.admin.mail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.cms.newsletter.NewsletterEnqueuer;
import jp.musubi.cms.newsletter.NewsletterRecipients;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The secretariat reaches the newsletter page from the header and sees who would receive it and what was sent. */
@MusubiBrowserTest
class NewsletterAdminBrowserTest {

    private static final String ARTICLE = "zz-browser-test-article";

    @Autowired
    NewsletterRecipients recipients;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NewsletterEnqueuer enqueuer;

    @Autowired
    jp.musubi.workflow.account.AccountService accounts;

    @AfterEach
    void removeSend() {
        jdbc.sql("DELETE FROM newsletter_send WHERE article_name = ?").param(ARTICLE).update();
    }

    @Test
    void theSecretariatSeesRecipientsAndTheHistoryOfSends(BrowserSession browser) {
        // A send that went out earlier (the content store that would let this test start one is not part of this module).
        jdbc.sql("""
                INSERT INTO newsletter_send (article_name, article_revision, title, lead_text, body_html, article_url, status,
                                             total, enqueued, sent, failed, created_at, created_by, enqueued_at, completed_at)
                VALUES (?, 1, '年末年始の事務局休業のお知らせ', NULL, '<p>本文</p>', 'http://localhost/articles/x', 'COMPLETED',
                        8, 8, 7, 1, ?, 'secretariat', ?, ?)
                """).params(ARTICLE, Timestamp.from(Instant.parse("2026-12-01T01:00:00Z")),
                Timestamp.from(Instant.parse("2026-12-01T01:00:05Z")), Timestamp.from(Instant.parse("2026-12-01T01:03:00Z")))
                .update();
        // Issue 21, item 3: one started by the approval of an article flagged 「会員向けメールでも配信」.
        jdbc.sql("""
                INSERT INTO newsletter_send (article_name, article_revision, title, lead_text, body_html, article_url, status,
                                             total, enqueued, sent, failed, created_at, created_by, requested_by, approved_by,
                                             enqueued_at, completed_at)
                VALUES (?, 2, '承認で始まった配信', NULL, '<p>本文</p>', 'http://localhost/articles/x', 'COMPLETED',
                        8, 8, 8, 0, ?, 'pref', 'editor', 'pref', ?, ?)
                """).params(ARTICLE, Timestamp.from(Instant.parse("2026-12-01T02:00:00Z")),
                Timestamp.from(Instant.parse("2026-12-01T02:00:05Z")), Timestamp.from(Instant.parse("2026-12-01T02:03:00Z")))
                .update();

        Page page = browser.login("secretariat", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("メール配信")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("会員向けメール配信"))).isVisible();
        assertThat(page.locator("main")).containsText("メール配信を希望している会員 " + recipients.count() + "件");
        assertThat(page.locator("#sends table")).containsText("年末年始の事務局休業のお知らせ（第1版）");
        assertThat(page.locator("#sends table")).containsText("2026年12月1日 10:00");
        assertThat(page.locator("#sends table")).containsText("配信完了（100%）");
        // People by display name, never login ID; an approval's send names who flagged and who approved it.
        String secretariat = accounts.findByUsername("secretariat").orElseThrow().displayName();
        String editor = accounts.findByUsername("editor").orElseThrow().displayName();
        String pref = accounts.findByUsername("pref").orElseThrow().displayName();
        Locator rows = page.locator("#sends table tbody tr");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("年末年始の事務局休業のお知らせ")).locator("td").nth(2))
                .hasText(secretariat);
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("承認で始まった配信")).locator("td").nth(2))
                .hasText("公開承認による配信（配信指定：" + editor + "、承認：" + pref + "）");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("送信メールの一覧（すべてのメールの送信状況）へ")))
                .hasCount(0);
        browser.assertAccessible(page);
    }

    @Test
    void theSecretariatSendsAPublishedDemoArticleToOptedInMembers(BrowserSession browser) {
        String demoArticle = "workshop-2026-participants-wanted";
        Page page = browser.login("secretariat", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/admin/newsletters");

        page.getByLabel("配信する記事").selectOption(demoArticle);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("配信内容を確認する")).click();

        // Issue 21, item 3: nothing is sent before the confirmation shows the article, the count and the mail.
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("配信内容の確認"))).isVisible();
        org.assertj.core.api.Assertions.assertThat(deliveries(demoArticle)).isZero();
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM newsletter_send WHERE article_name = ?")
                .param(demoArticle).query(Long.class).single()).isZero();
        assertThat(page.locator("#recipient-count")).hasText("メール配信を希望している会員 " + recipients.count() + "件");
        assertThat(page.locator("pre.mail-preview")).containsText("ワークショップ");
        assertThat(page.locator("pre.mail-preview")).containsText("配信の停止を希望される場合は");
        browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(recipients.count() + "件に配信を開始する")).click();

        assertThat(page.locator("#sends table")).containsText("（第1版）");
        // Recipients are enqueued in the background; a node that finds the send unfinished resumes it.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            enqueuer.resumeAll();
            org.assertj.core.api.Assertions.assertThat(deliveries(demoArticle)).isEqualTo(recipients.count());
        });
        org.assertj.core.api.Assertions.assertThat(recipients.count()).isPositive();
        browser.assertAccessible(page);
    }

    private long deliveries(String article) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM newsletter_delivery d JOIN newsletter_send s ON s.id = d.send_id
                        WHERE s.article_name = ?
                        """).param(article).query(Long.class).single();
    }

    @Test
    void anAdministratorIsLedOnToTheOutbox(BrowserSession browser) {
        Page page = browser.login("admin", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/admin/newsletters");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("送信メールの一覧（すべてのメールの送信状況）へ")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("送信メール").setExact(true))).isVisible();
    }
}

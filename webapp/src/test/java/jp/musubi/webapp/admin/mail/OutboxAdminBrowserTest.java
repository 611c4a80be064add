package jp.musubi.webapp.admin.mail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.cms.mail.notification.Notifications;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import jp.musubi.workflow.inquiry.InquiryReply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An administrator finds a mail that could not be sent, reads why, and sends it again. */
@MusubiBrowserTest
class OutboxAdminBrowserTest {

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailedMailIsFoundExplainedAndRetried(BrowserSession browser) {
        long id = notifications.send(new InquiryReply("yamamoto@outbox-admin.example.jp", "山本 直子",
                "会費について", "会費はかかりますか。", Instant.parse("2026-11-20T05:00:00Z"), "会費は無料です。"));
        // What the sender leaves after its last attempt against an unreachable SMTP server.
        jdbc.sql("UPDATE mail_outbox SET status = 'FAILED', attempts = 8, "
                        + "last_error = 'SMTPサーバーに接続できませんでした。（Connection refused）' WHERE id = ?")
                .param(id).update();

        Page page = browser.login("admin", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/admin/mail");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("送信メール").setExact(true))).isVisible();
        assertThat(page.locator("main")).containsText("送信用のSMTPサーバーが設定されていないため、メールは送信されず、送信待ちのまま保存されます。");
        browser.assertAccessible(page);

        page.getByLabel("状態").selectOption("FAILED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("絞り込む")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("送信失敗のメール"))).isVisible();
        assertThat(page.locator("table")).containsText("yamamoto@outbox-admin.example.jp");
        // The kind's label is the inquiry feature's MailKind bean, collected by the outbox.
        assertThat(page.locator("table")).containsText("お問い合わせへの回答");
        browser.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("【とちぎDX推進プラットフォーム】お問い合わせへのご回答（会費について）")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("送信メールの詳細"))).isVisible();
        assertThat(page.locator("main")).containsText("yamamoto@outbox-admin.example.jp");
        assertThat(page.locator("main")).containsText("SMTPサーバーに接続できませんでした。（Connection refused）");
        assertThat(page.locator("main")).containsText("8回");
        assertThat(page.locator("main")).containsText("会費は無料です。");
        browser.assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("再送信する")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("再送信を予約しました。");
        assertThat(page.locator("dl").first()).containsText("送信待ち");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("再送信する"))).hasCount(0);
        browser.assertAccessible(page);
    }
}

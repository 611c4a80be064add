package jp.musubi.webapp.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.NewAccount;
import jp.musubi.workflow.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Someone who forgot the password asks on the login page, follows the mailed link and logs in again (issue 21, item 18). */
@MusubiBrowserTest
class PasswordResetBrowserTest {

    private static final String PASSWORD = "atarashii-kagi-2026";

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void fromTheLoginPageThroughTheMailedLinkBackIn(BrowserSession browser) {
        String username = "rsb" + UUID.randomUUID().toString().substring(0, 8);
        String address = username + "@example.co.jp";
        accounts.create(new NewAccount(username, "再設定 花子", address, "initial-password-0000", Set.of(Role.MEMBER),
                null, null));

        Page page = browser.open("/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("パスワードをお忘れの方")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("パスワードの再設定");
        browser.assertAccessible(page);
        page.getByLabel("メールアドレス").fill(address);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("再設定のリンクを送る")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("メールをご確認ください");
        browser.assertAccessible(page);

        page.navigate(link(address));
        assertThat(page.locator("main")).containsText("ログインID「" + username + "」");
        page.getByLabel("新しいパスワード", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByLabel("新しいパスワード（確認）").fill("something-else-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("パスワードを再設定する")).click();
        assertThat(page.locator("#error-summary")).isFocused();
        assertThat(page.locator("#error-summary")).containsText("入力が一致しません");
        browser.assertAccessible(page);

        page.getByLabel("新しいパスワード", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByLabel("新しいパスワード（確認）").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("パスワードを再設定する")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("パスワードを再設定しました");
        browser.assertAccessible(page);

        Page loggedIn = browser.login(username, PASSWORD);
        assertThat(loggedIn).hasURL(Pattern.compile(".*/mypage$"));
    }

    private String link(String address) {
        String text = jdbc.sql("SELECT text_body FROM mail_outbox WHERE recipient = ? AND kind = 'password-reset'")
                .param(address).query(String.class).single();
        Matcher link = PasswordResetTest.LINK.matcher(text);
        org.assertj.core.api.Assertions.assertThat(link.find()).as("reset link in the mail").isTrue();
        return link.group(1);
    }
}

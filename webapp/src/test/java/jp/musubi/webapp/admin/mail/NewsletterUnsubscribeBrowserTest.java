package jp.musubi.webapp.admin.mail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.cms.newsletter.NewsletterRecipients;
import jp.musubi.cms.newsletter.UnsubscribeTokens;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import jp.musubi.workflow.membership.OrganizationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A member opens the unsubscribe link from a newsletter, not logged in, and stops the newsletter. */
@MusubiBrowserTest
class NewsletterUnsubscribeBrowserTest {

    private static final String KEY = "zz-unsubscribe-browser";

    @Autowired
    UnsubscribeTokens tokens;

    @Autowired
    NewsletterRecipients recipients;

    @Autowired
    OrganizationRepository organizations;

    @Autowired
    JdbcClient jdbc;

    private TemporaryOrganizations temporary;

    @BeforeEach
    void member() {
        temporary = new TemporaryOrganizations(organizations, jdbc);
        temporary.add(KEY, "member@zz-unsubscribe-browser.example.jp", true);
    }

    @AfterEach
    void removeMember() {
        temporary.removeAll();
    }

    @Test
    void theMemberConfirmsAndIsToldInJapanese(BrowserSession browser) {
        Page page = browser.open("/newsletter/unsubscribe?token=" + tokens.issue(TemporaryOrganizations.unsubscribeId(recipients, KEY)));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("メール配信の停止"))).isVisible();
        browser.assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("配信を停止する")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("会員向けメール配信を停止しました。");
        browser.assertAccessible(page);
    }

    @Test
    void aBrokenLinkIsExplained(BrowserSession browser) {
        Page page = browser.open("/newsletter/unsubscribe?token=" + tokens.issue(TemporaryOrganizations.unsubscribeId(recipients, KEY)).substring(0, 10));

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("配信停止のリンクが正しくありません。");
        browser.assertAccessible(page);
    }
}

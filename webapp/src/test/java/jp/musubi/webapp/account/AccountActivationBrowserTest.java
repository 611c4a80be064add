package jp.musubi.webapp.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import jp.musubi.workflow.membership.MemberProfile;
import jp.musubi.workflow.membership.MembershipApplication;
import jp.musubi.workflow.membership.MembershipApplications;
import jp.musubi.workflow.membership.MembershipScreening;
import jp.musubi.workflow.membership.OrganizationKind;
import jp.musubi.workflow.membership.ScreeningDecision;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A newly approved member opens the link from the 入会承認 mail, sets a password and logs in. */
@MusubiBrowserTest
class AccountActivationBrowserTest {

    private static final Pattern LINK = Pattern.compile("(/account/activate\\?token=[A-Za-z0-9_-]+)");
    private static final String PASSWORD = "kasen-tenken-2026";

    @Autowired
    MembershipApplications applications;

    @Autowired
    MembershipScreening screening;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theMemberSetsAPasswordAfterAMistakeAndLogsIn(BrowserSession browser) {
        MembershipApplication application = approvedApplication();
        Page page = browser.open(activationPath(application));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("パスワードの設定"))).isVisible();
        assertThat(page.locator("main")).containsText(application.loginId());
        browser.assertAccessible(page);

        page.getByLabel("新しいパスワード", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByLabel("新しいパスワード（確認）").fill(PASSWORD + "x");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("パスワードを設定する")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("入力が一致しません");
        assertThat(page.getByLabel("新しいパスワード（確認）")).hasAttribute("aria-invalid", "true");
        browser.assertAccessible(page);

        page.getByLabel("新しいパスワード", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByLabel("新しいパスワード（確認）").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("パスワードを設定する")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("アカウントが使えるようになりました");
        browser.assertAccessible(page);

        Page loggedIn = browser.login(application.loginId(), PASSWORD);
        assertThat(loggedIn).hasURL(Pattern.compile(".*/mypage$"));
    }

    @Test
    void aUsedLinkIsExplained(BrowserSession browser) {
        MembershipApplication application = approvedApplication();
        String path = activationPath(application);
        Page page = browser.open(path);
        page.getByLabel("新しいパスワード", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByLabel("新しいパスワード（確認）").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("パスワードを設定する")).click();

        Page again = browser.open(path);

        assertThat(again.getByRole(AriaRole.ALERT)).containsText("既に使われています");
        assertThat(again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("パスワードを設定する"))).hasCount(0);
        browser.assertAccessible(again);
    }

    private MembershipApplication approvedApplication() {
        String unique = "act" + UUID.randomUUID().toString().substring(0, 8);
        MembershipApplication application = new MembershipApplication("株式会社有効化テスト" + unique, OrganizationKind.COMPANY,
                new MemberProfile("河川点検を提供しています。", "ドローンによる河川・橋梁の点検。", List.of("防災"), "宇都宮市",
                        "https://example.jp/" + unique),
                "有効 花子", unique + "@example.co.jp", "028-000-1234", unique);
        long id = applications.apply(application);
        String task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .processDefinitionKey("member-registration").taskDefinitionKey("screenMembership").singleResult().getId();
        screening.complete(task, ScreeningDecision.approveAllChecked(), "secretariat");
        return application;
    }

    private String activationPath(MembershipApplication application) {
        String text = jdbc.sql("SELECT text_body FROM mail_outbox WHERE recipient = ? AND kind = 'membership-approved'")
                .param(application.contactEmail()).query(String.class).single();
        Matcher link = LINK.matcher(text);
        org.assertj.core.api.Assertions.assertThat(link.find()).as("activation link in the mail").isTrue();
        return link.group(1);
    }
}

package jp.musubi.webapp.member;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import jp.musubi.workflow.account.AccountRepository;
import jp.musubi.workflow.issuecase.Proposal;
import jp.musubi.workflow.issuecase.ProposalStatus;
import jp.musubi.workflow.issuecase.Proposals;
import jp.musubi.workflow.membership.MembershipScreening;
import jp.musubi.workflow.membership.ScreeningDecision;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Keyboard only: a company registers through the public form, is approved by the secretariat (through
 * the workflow service the inbox uses), logs in and proposes a solution to an issue open for proposals.
 * Every field is reached with Tab and filled by typing; buttons and links are pressed with Enter/Space.
 */
@MusubiBrowserTest
class KeyboardProposalBrowserTest {

    private static final String PASSWORD = "keyboard-only-2026";
    /** Most Tab presses allowed to reach a control: the header, the form's earlier fields and hints. */
    private static final int MAX_TABS = 60;
    private static final Pattern ACTIVATION_LINK = Pattern.compile("/account/activate\\?token=[A-Za-z0-9_-]+");

    @Autowired
    ContentService content;
    @Autowired
    PublicationService publication;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    MembershipScreening screening;
    @Autowired
    AccountRepository accounts;
    @Autowired
    Proposals proposals;

    private final String suffix = Long.toString(System.nanoTime(), 36);
    private final String loginId = "kb-" + suffix;
    private final String issueName = "zz-keyboard-issue-" + suffix;
    private Long caseId;
    private String organizationKey;

    @Test
    void aNewMemberRegistersAndProposesWithoutAMouse(BrowserSession browser) {
        caseId = openCallForProposals();

        // 1. Registration through the public form.
        Page page = browser.open("/join");
        typeInto(page, "#field-organizationName", "株式会社キーボード技研");
        tabTo(page, "#field-kind");
        page.keyboard().press("ArrowDown");  // 企業
        typeInto(page, "#field-summary", "キーボードだけで操作できるシステムを作っています。");
        typeInto(page, "#field-contactName", "鍵盤 太郎");
        typeInto(page, "#field-contactEmail", "taro@keyboard-giken.example.jp");
        typeInto(page, "#field-contactPhone", "028-000-7777");
        typeInto(page, "#field-loginId", loginId);
        tabTo(page, "#field-agreement");
        page.keyboard().press("Space");
        tabTo(page, "button[type=submit]");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("会員登録の申込み"))).isVisible();
        assertThat(page.locator("main")).containsText("株式会社キーボード技研");
        assertThat(page.locator("main")).containsText("企業");
        tabTo(page, "button:has-text('送信する')");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("会員登録のお申し込みを受け付けました");

        // 2. The secretariat approves in the inbox (here: the same workflow service), and the account is activated.
        long applicationId = jdbc.sql("SELECT id FROM membership_application WHERE login_id = ?").param(loginId)
                .query(Long.class).single();
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(applicationId))
                .taskDefinitionKey("screenMembership").singleResult();
        screening.complete(task.getId(), ScreeningDecision.approveAllChecked(), "secretariat");
        organizationKey = accounts.findByUsername(loginId).orElseThrow().organizationKey();

        // 3. The first password, set on the page the 入会承認 mail links to, with the keyboard.
        String mail = jdbc.sql("""
                        SELECT text_body FROM mail_outbox WHERE recipient = ? AND kind = 'membership-approved'
                        ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
                .param("taro@keyboard-giken.example.jp").query(String.class).single();
        Matcher link = ACTIVATION_LINK.matcher(mail);
        assertThat(link.find()).as("activation link in the mail").isTrue();
        page.navigate(link.group());
        typeInto(page, "#password", PASSWORD);
        typeInto(page, "#confirmation", PASSWORD);
        tabTo(page, "button[type=submit]");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("アカウントが使えるようになりました");

        // 4. Login with the keyboard.
        page.navigate("/login");
        typeInto(page, "#username", loginId);
        typeInto(page, "#password", PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL("**/mypage");

        // 5. From the issue page to the proposal, with the keyboard.
        page.navigate("/issues/" + issueName);
        tabTo(page, "a.button:has-text('提案する')");
        page.keyboard().press("Enter");
        page.waitForURL("**/member/proposals/new?issue=" + issueName);
        assertThat(page.locator("#field-contactName")).hasValue("鍵盤 太郎");
        typeInto(page, "#field-title", "キーボード操作の点検支援");
        typeInto(page, "#field-summary", "マウスを使わずに点検記録を入力できる仕組みを提案します。");
        tabTo(page, "button:has-text('提案を送信する')");
        page.keyboard().press("Enter");

        page.waitForURL("**/member");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("への提案を受け付けました");
        assertThat(page.locator("table")).containsText("キーボード操作の点検支援");
        assertThat(page.locator("table")).containsText("受付済み");
        browser.assertAccessible(page);

        List<Proposal> received = proposals.forCase(caseId);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).status()).isEqualTo(ProposalStatus.SUBMITTED);
        assertThat(received.get(0).organizationName()).isEqualTo("株式会社キーボード技研");
    }

    /** Presses Tab until the element matching {@code selector} has the focus; fails if Tab never reaches it. */
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

    /** A published issue page open for proposals and its case in the state the process gives it then. */
    private long openCallForProposals() {
        LocalDate deadline = LocalDate.now().plusDays(30);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("title", "キーボード操作で確かめる課題 " + suffix);
        properties.put("municipality", "utsunomiya");
        properties.put("department", "デジタル推進課");
        properties.put("summary", "キーボードだけで提案できるかを確かめる課題です。");
        properties.put("background", "<p>背景です。</p>");
        properties.put("currentSituation", "<p>現状です。</p>");
        properties.put("publicStatus", "recruiting");
        properties.put("proposalDeadline", deadline.toString());
        content.create("issues", issueName, properties, "テスト", "secretariat");
        publication.publish("issues", issueName, null, "pref");
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO issue_case (title, municipality, department, summary, submitter_username, submitter_name,
                    submitter_email, status, page_name, proposal_deadline, extension_count, created_at, updated_at)
                VALUES (?, 'utsunomiya', 'デジタル推進課', '概要', 'municipal', '市町 担当', 'municipal@demo.example.jp',
                    'RECRUITING', ?, ?, 0, ?, ?)""")
                .params(properties.get("title"), issueName, Date.valueOf(deadline), Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Leaves the shared demo data as it was: other tests count members, issues and organizations. */
    @AfterEach
    void removeTestData() {
        if (caseId != null) {
            jdbc.sql("DELETE FROM proposal WHERE issue_case_id = ?").param(caseId).update();
            jdbc.sql("DELETE FROM issue_case WHERE id = ?").param(caseId).update();
        }
        removeItem("issues", issueName);
        if (organizationKey != null) {
            removeItem("members", organizationKey);
            jdbc.sql("DELETE FROM account WHERE username = ?").param(loginId).update();
            jdbc.sql("DELETE FROM organization WHERE org_key = ?").param(organizationKey).update();
        }
    }

    private void removeItem(String workspace, String name) {
        content.find(workspace, name).ifPresent(item -> {
            if (item.publishedRevision() != null) {
                publication.unpublish(workspace, name, "pref");
            }
            content.delete(workspace, name, "secretariat");
        });
    }
}

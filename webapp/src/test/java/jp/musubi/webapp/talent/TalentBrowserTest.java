package jp.musubi.webapp.talent;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import jp.musubi.webapp.support.Programme;
import jp.musubi.workflow.issuecase.IntakeSteps;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.issuecase.IssueDecision;
import jp.musubi.workflow.issuecase.NewIssue;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 16 pages in Chromium with axe-core (wcag2a, wcag2aa) at 1280 and 320 px: the public 人材情報
 * directory and an entry, the member's 人材情報 form in its states, and the 取組課題選定 task with its
 * suggestion panel loaded.
 */
@MusubiBrowserTest
class TalentBrowserTest {

    @Autowired
    IssueCases issueCases;
    @Autowired
    IntakeSteps intake;
    @Autowired
    TaskService tasks;

    /** The programme the journey runs on; a subclass runs it on another. */
    protected Programme programme() {
        return Programme.TOCHIGI;
    }

    @Test
    void theTalentDirectoryAndAnEntryAreAccessible(BrowserSession browser) {
        Page page = browser.open("/talents");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("人材情報を探す"))).isVisible();
        browser.assertAccessibleAtBothWidths(page);
        page.getByLabel("キーワード").fill("研修");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索")).click();
        assertThat(page.locator("mark").first()).containsText("研修");
        browser.assertAccessibleAtBothWidths(page);
        page.navigate(browser.baseUrl() + "/talents?skill=存在しないスキル");
        assertThat(page.locator("main")).containsText("条件に合う人材情報は見つかりませんでした");
        browser.assertAccessible(page);
        page.navigate(browser.baseUrl() + "/talents/" + programme().dataTeamTalent());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("データ分析チーム");
        browser.assertAccessibleAtBothWidths(page);
        // The header leads there from every page.
        page.navigate(browser.baseUrl() + "/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("人材情報").setExact(true)).first().click();
        page.waitForURL("**/talents");
    }

    @Test
    void theMembersTalentFormIsAccessibleEmptyRefusedAndForAnOwnEntry(BrowserSession browser) {
        Page page = browser.login("member", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate(browser.baseUrl() + "/member");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("自社の人材情報"))).isVisible();
        assertThat(page.locator("#talent-" + programme().member().talent())).containsText("公開中");
        browser.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("人材情報を登録する")).click();
        page.waitForURL("**/member/talents/new");
        browser.assertAccessibleAtBothWidths(page);
        page.getByLabel("対応地域").fill("県北");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存して承認を申請する")).click();
        assertThat(page.locator("#error-summary")).isVisible();
        assertThat(page.locator("#error-summary")).containsText("スキルを1つ以上入力してください。");
        assertThat(page.getByLabel("対応地域")).hasValue("県北");
        browser.assertAccessibleAtBothWidths(page);
        page.navigate(browser.baseUrl() + "/member/talents/" + programme().member().talent() + "/edit");
        assertThat(page.getByLabel("見出し")).not().isEmpty();
        browser.assertAccessible(page);
    }

    @Test
    void theSelectionTaskShowsTheSuggestionPanelAccessibly(BrowserSession browser) {
        assumeTrue(programme().issueMatching(), "the programme has no issue matching");
        long id = issueCases.submit(new NewIssue("ため池の水位を遠隔で見守りたい" + System.nanoTime(), "utsunomiya", "農村整備課",
                "大雨のたびにため池と農業用水路の水位を見回っている。水位センサーで遠隔監視したい。", "municipal", "宇都宮 花子",
                "tameike-" + System.nanoTime() + "@city.example.jp"));
        intake.decideHandling(id, task(id, "handlingDecision"), IssueDecision.HANDLE, null, "pref");
        intake.recordHearing(id, task(id, "issueHearing"), "対象のため池を整理した。", true, "secretariat");

        Page page = browser.login("secretariat", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate(browser.baseUrl() + "/inbox/tasks/" + task(id, "issueSelection"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("おすすめの企業（課題の内容から）")))
                .isVisible();
        assertThat(page.locator(".issue-suggestions mark").first()).isVisible();
        assertThat(page.locator(".issue-suggestions")).containsText("株式会社那須野電子");
        browser.assertAccessibleAtBothWidths(page);
    }

    @Test
    void theCombinedConsultationAndRegistrationFormIsAccessible(BrowserSession browser) {
        Page page = browser.open("/consultation");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("会員登録してDX相談する")).click();
        page.waitForURL("**/consultation-join");
        browser.assertAccessibleAtBothWidths(page);
        page.getByLabel("ご相談のテーマ").fill("受発注の電子化");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("入力内容を確認する")).click();
        assertThat(page.locator("#error-summary")).isVisible();
        assertThat(page.getByLabel("ご相談のテーマ")).hasValue("受発注の電子化");
        browser.assertAccessibleAtBothWidths(page);
    }

    private String task(long caseId, String key) {
        String instance = issueCases.find(caseId).orElseThrow().processInstanceId();
        return tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult().getId();
    }
}

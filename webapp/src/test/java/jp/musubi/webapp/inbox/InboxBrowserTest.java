package jp.musubi.webapp.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.IssueCaseStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff find their tasks in the inbox, claim one and complete it with its form; the case moves on. */
@MusubiBrowserTest
class InboxBrowserTest {

    @Autowired
    InboxTestCases cases;

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void theSecretariatFiltersClaimsAndCompletesAHearing(BrowserSession browser) {
        String title = InboxTestCases.uniqueTitle("中山間地域の買い物支援");
        IssueCase issueCase = cases.atHearing(title);

        Page page = browser.login("secretariat", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("タスク")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("タスク").setLevel(1))).isVisible();

        link(page, "グループのタスク").click();
        page.getByLabel("案件名で検索").fill(title);
        page.getByLabel("手続き").selectOption("issue-to-matching");
        button(page, "この条件で表示").click();
        // The filter is in the URL: the view can be bookmarked.
        assertThat(page).hasURL(Pattern.compile(".*[?&]view=group&.*"));
        assertThat(page).hasURL(Pattern.compile(".*[?&]process=issue-to-matching(&.*)?$"));
        assertThat(page).hasURL(Pattern.compile(".*[?&]q=%E4%B8%AD%E5%B1%B1.*"));
        Locator table = page.locator("table.inbox-table");
        assertThat(table).containsText(title);
        assertThat(table).containsText("宇都宮市 交通政策課");
        assertThat(page.locator("#list-heading")).containsText("（1件）");
        browser.assertAccessible(page);

        link(page, "課題整理ヒアリング").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(title);
        assertThat(page.locator("main")).containsText("路線バスの廃止により");
        assertThat(page.locator("main")).containsText("取扱判断");
        // The diagram marks the waiting step.
        assertThat(page.locator("#inbox-diagram .inbox-current")).hasCount(1);
        assertThat(page.locator("#inbox-diagram [data-element-id=\"handlingDecision\"].inbox-completed")).hasCount(1);
        browser.assertAccessible(page);

        button(page, "このタスクを引き受ける").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("このタスクを引き受けました。");

        // A refused completion keeps what was typed.
        page.getByLabel("ヒアリングで整理した論点").fill("対象集落と移動販売の需要を整理した。");
        button(page, "入力内容で完了する").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("解決の方向性を選んでください。");
        assertThat(page.getByLabel("ヒアリングで整理した論点")).hasValue("対象集落と移動販売の需要を整理した。");
        browser.assertAccessible(page);

        page.getByLabel("明確になった（取組課題選定へ）").check();
        button(page, "入力内容で完了する").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("「課題整理ヒアリング」を完了しました。");

        // The case has moved on: its next step is in the group list.
        page.navigate("/inbox?view=group&q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.locator("table.inbox-table")).containsText("取組課題選定");
        org.assertj.core.api.Assertions.assertThat(cases.reload(issueCase).status()).isEqualTo(IssueCaseStatus.SELECTION);
        link(page, "完了済み").click();
        assertThat(page.locator("table.inbox-table")).containsText("課題整理ヒアリング");
    }

    @Test
    void thePrefectureApprovesAnIssuePage(BrowserSession browser) {
        String title = InboxTestCases.uniqueTitle("観光地の混雑対策");
        IssueCase issueCase = cases.atPageApproval(title);

        Page page = browser.login("pref", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/inbox?view=group&q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
        link(page, "課題ページ承認").click();
        assertThat(page.locator("main")).containsText("課題ページ作成");
        browser.assertAccessible(page);

        page.getByLabel("承認する").check();
        button(page, "入力内容で完了する").click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("「課題ページ承認」を完了しました。");
        org.assertj.core.api.Assertions.assertThat(cases.reload(issueCase).status()).isEqualTo(IssueCaseStatus.RECRUITING);
    }

    @Test
    void thePrefectureRecordsTheSelectionMeetingWithADecisionPerProposal(BrowserSession browser) {
        String title = InboxTestCases.uniqueTitle("選定会議の記録");
        IssueCase issueCase = cases.atSelectionMeeting(title, "株式会社ブラウザ選定", "ブラウザ合同会社");
        var proposals = cases.proposals(issueCase);

        Page page = browser.login("pref", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/inbox/tasks/" + cases.task(issueCase, "selectionMeeting").getId());
        Locator first = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(
                "「" + proposals.get(0).title() + "」"));
        Locator second = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(
                "「" + proposals.get(1).title() + "」"));
        first.getByLabel("選定", new Locator.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("「" + proposals.get(0).title() + "」の理由").fill("費用対効果が高い。");
        button(page, "入力内容で完了する").click();

        assertThat(page.getByRole(AriaRole.ALERT)).containsText("提案「" + proposals.get(1).title() + "」の選定結果を選んでください。");
        assertThat(page.getByLabel("「" + proposals.get(0).title() + "」の理由")).hasValue("費用対効果が高い。");
        browser.assertAccessible(page);
        page.getByRole(AriaRole.ALERT).getByRole(AriaRole.LINK).click();
        // The summary's link leads to the proposal without a decision.
        assertThat(page).hasURL(Pattern.compile(".*#field-decisions-" + proposals.get(1).id() + "$"));

        second.getByLabel("非選定").check();
        page.getByLabel("実証に向けた支援を行う").check();
        button(page, "入力内容で完了する").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("「ソリューション選定会議」を完了しました。");
        org.assertj.core.api.Assertions.assertThat(cases.task(issueCase, "demonstrationSupport")).isNotNull();
    }
}

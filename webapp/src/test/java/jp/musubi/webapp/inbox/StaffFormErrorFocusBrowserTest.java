package jp.musubi.webapp.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import jp.musubi.workflow.issuecase.IssueCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 21, item 10, on the staff's forms (the public ones are in {@code ErrorSummaryFocusBrowserTest}): after
 * the server refused a task form or the editor's form, the focus is on the error summary, not on {@code <body>}.
 */
@MusubiBrowserTest
class StaffFormErrorFocusBrowserTest {

    @Autowired
    InboxTestCases cases;

    @Test
    void aRefusedTaskFormFocusesItsErrorSummary(BrowserSession browser) {
        IssueCase issueCase = cases.submitted(InboxTestCases.uniqueTitle("エラー表示の焦点"));
        Page page = browser.login("pref", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/inbox/tasks/" + cases.task(issueCase, "handlingDecision").getId());

        // 判断 left unchosen: the server answers the task page with its errors.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("入力内容で完了する")).click();

        assertThat(page.locator("#form-errors")).isVisible();
        assertThat(page.locator("#form-errors")).containsText("入力内容を確認してください");
        assertThat(page.locator("#form-errors")).isFocused();
        browser.assertAccessible(page);
    }

    @Test
    void aRefusedEditorFormFocusesItsErrorSummary(BrowserSession browser) {
        Page page = browser.login("editor", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.navigate("/editor/new/articles");

        // Neither name nor title: refused by the server.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存する")).click();

        assertThat(page.locator("#error-summary")).isVisible();
        assertThat(page.locator("#error-summary")).containsText("入力内容を確認してください");
        assertThat(page.locator("#error-summary")).isFocused();
        browser.assertAccessible(page);
    }
}

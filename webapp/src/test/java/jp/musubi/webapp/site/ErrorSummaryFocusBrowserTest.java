package jp.musubi.webapp.site;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * After the server refused a form, the focus is on the error summary, not on {@code <body>} (issue 21,
 * item 10): keyboard and screen reader users start at what to correct.
 */
@MusubiBrowserTest
class ErrorSummaryFocusBrowserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/join, 入力内容を確認する", "/contact, 入力内容を確認する", "/consultation, 入力内容を確認する",
            "/account/password-reset, 再設定のリンクを送る"})
    void theErrorSummaryHasTheFocusAfterARefusedForm(String path, String submit, BrowserSession browser) {
        Page page = browser.open(path);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(submit)).click();

        assertThat(page.locator("#error-summary")).isVisible();
        assertThat(page.locator("#error-summary")).isFocused();
        browser.assertAccessible(page);
    }
}

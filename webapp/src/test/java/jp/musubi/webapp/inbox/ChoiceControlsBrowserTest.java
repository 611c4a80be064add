package jp.musubi.webapp.inbox;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import jp.musubi.workflow.issuecase.IssueCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Check boxes and radio buttons sit right before their label on every kind of form (issue 21, item 7):
 * the public form's consent, the editor's 「会員向けメールでも配信」 and a task form's 判断, at 1280 and
 * 320 px. The control is at least 24 × 24 px, on the label's first line, a few pixels from it.
 */
@MusubiBrowserTest
class ChoiceControlsBrowserTest {

    /** Space between the control and its label: the stylesheet's 0.5rem, with room for rounding. */
    private static final double MAX_GAP = 16;
    /** A check box or radio button is drawn square, from 24 px (WCAG 2.2 target size) to a little more. */
    private static final double MAX_SIZE = 32;

    @Autowired
    InboxTestCases cases;

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {1280, 320})
    void everyControlIsNextToItsLabel(int width, BrowserSession browser) {
        Page join = browser.open("/join");
        join.setViewportSize(width, 900);
        assertNextToLabels(join, "input[type=checkbox]");

        IssueCase issueCase = cases.submitted(InboxTestCases.uniqueTitle("選択肢の配置"));
        Page task = browser.login("pref", BrowserSession.DEMO_PASSWORD);
        task.waitForURL("**/mypage");
        task.setViewportSize(width, 900);
        task.navigate("/inbox/tasks/" + cases.task(issueCase, "handlingDecision").getId());
        assertThat(task.locator("form input[type=radio]").first()).isVisible();
        assertNextToLabels(task, "form input[type=radio]");

        Page editor = browser.login("editor", BrowserSession.DEMO_PASSWORD);
        editor.waitForURL("**/mypage");
        editor.setViewportSize(width, 900);
        editor.navigate("/editor/new/articles");
        Locator newsletter = editor.getByLabel("会員向けメールでも配信");
        assertThat(newsletter).isVisible();
        assertNextToLabels(editor, "input[type=checkbox]");
    }

    private static void assertNextToLabels(Page page, String controls) {
        List<Locator> all = page.locator(controls).all();
        assertThat(all).as("%s on %s", controls, page.url()).isNotEmpty();
        for (Locator control : all) {
            String id = control.getAttribute("id");
            if (!control.isVisible()) {
                continue;
            }
            Locator label = page.locator("label[for='" + id + "']");
            BoundingBox box = control.boundingBox();
            BoundingBox text = label.boundingBox();
            String where = "control #" + id + " on " + page.url() + " (" + page.viewportSize().width + " px)";
            // The box is the control as drawn: a text-field rule that stretches it (512 × 44 px before the fix) draws
            // the small square in the middle of a wide box, far from the label that follows the box.
            assertThat(box.width).as("width of " + where).isBetween(24.0, MAX_SIZE);
            assertThat(box.height).as("height of " + where).isBetween(24.0, MAX_SIZE);
            assertThat(Math.abs(box.width - box.height)).as("a square " + where).isLessThanOrEqualTo(2.0);
            double gap = text.x - (box.x + box.width);
            assertThat(gap).as("space between " + where + " and its label").isBetween(0.0, MAX_GAP);
            double middle = box.y + box.height / 2;
            assertThat(middle).as("the middle of " + where + " on its label's first line")
                    .isBetween(text.y, text.y + 32);
        }
    }
}

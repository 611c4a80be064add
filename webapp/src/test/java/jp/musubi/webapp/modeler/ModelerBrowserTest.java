package jp.musubi.webapp.modeler;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import jp.musubi.cms.content.ContentService;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import jp.musubi.workflow.issuecase.IssueCases;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@MusubiBrowserTest
class ModelerBrowserTest {

    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IssueCases issueCases;
    @Autowired
    ContentService content;

    private ModelerDiagrams diagrams;
    private int before;

    @BeforeEach
    void rememberVersion() {
        diagrams = new ModelerDiagrams(repository, jdbc, issueCases, content);
        before = diagrams.latestVersion();
    }

    @AfterEach
    void undeploy() {
        diagrams.undeployAfter(before);
    }

    private Page openModeler(BrowserSession browser) {
        Page page = browser.login("owner", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("プロセス設計")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("プロセス設計").setExact(true)))
                .isVisible();
        return page;
    }

    /**
     * Clicks a shape where a user would: inside it, away from the top-left corner where bpmnlint
     * puts its issue marker (the whole diagram is shown, so shapes are small).
     */
    private static void clickElement(Page page, String id) {
        var box = page.locator("#modeler-canvas g.djs-element[data-element-id='" + id + "']").boundingBox();
        page.mouse().click(box.x + box.width * 0.7, box.y + box.height * 0.7);
    }

    @Test
    void theListShowsVersionsDeployersAndRunningCasesAccessibly(BrowserSession browser) {
        Page page = openModeler(browser);

        Locator table = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("課題からマッチングまで（issue-to-matching）のバージョン"));
        assertThat(table).isVisible();
        assertThat(table.getByRole(AriaRole.COLUMNHEADER, new Locator.GetByRoleOptions().setName("実行中のケース").setExact(true))).isVisible();
        assertThat(table).containsText("起動時の自動デプロイ");
        browser.assertAccessible(page);
    }

    /**
     * The issue's browser scenario: the process owner renames a task, reviews the difference and
     * deploys; a new case's task appears under the new name in the candidate group's inbox.
     */
    @Test
    void renameATaskSeeTheDiffDeployAndNewCasesCarryTheNewName(BrowserSession browser) {
        Page page = openModeler(browser);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("「課題からマッチングまで」を編集する")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("「課題からマッチングまで」の編集")))
                .isVisible();
        assertThat(page.locator("#modeler.modeler--ready")).isVisible();
        assertThat(page.locator("#modeler-status")).containsText("ダイアグラムを読み込みました");

        clickElement(page, "handlingDecision");
        Locator name = page.locator("#modeler-properties").getByLabel("名前", new Locator.GetByLabelOptions().setExact(true));
        assertThat(name).hasValue("取扱判断");
        assertThat(page.locator("#modeler-properties")).containsText("Flowable（実行の設定）");
        name.fill("取扱判断（ブラウザで改訂）");
        assertThat(page.locator("#modeler-canvas g.djs-element[data-element-id='handlingDecision']"))
                .containsText("取扱判断（ブラウザで改訂）");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確認する")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("変更内容の確認"))).isVisible();
        Locator review = page.locator("#modeler-review");
        assertThat(review).containsText("変更された要素（1件）");
        assertThat(review).containsText("名前: 取扱判断 → 取扱判断（ブラウザで改訂）");
        assertThat(review).containsText("追加された要素（0件）");
        assertThat(diagrams.latestVersion()).as("nothing deployed before confirming").isEqualTo(before);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("このバージョンをデプロイする")).click();
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("バージョン " + (before + 1) + " をデプロイしました"))).isVisible();
        assertThat(diagrams.latestVersion()).isEqualTo(before + 1);

        // A case submitted now runs on the new version: the prefecture (candidate group of 取扱判断) sees
        // the renamed task in its inbox, in its own browser context.
        long caseId = diagrams.submitIssue();
        String caseTitle = issueCases.find(caseId).orElseThrow().title();
        BrowserContext prefecture = page.context().browser().newContext(new Browser.NewContextOptions()
                .setLocale("ja-JP").setBaseURL(browser.baseUrl()));
        try {
            Page inbox = prefecture.newPage();
            inbox.navigate("/login");
            inbox.getByLabel("ログインID").fill("pref");
            inbox.getByLabel("パスワード").fill(BrowserSession.DEMO_PASSWORD);
            inbox.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン")).click();
            inbox.waitForURL("**/mypage");
            inbox.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("メインメニュー"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("タスク")).click();
            inbox.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("グループのタスク").setExact(true)).click();
            inbox.getByLabel("案件名で検索").fill(caseTitle);
            inbox.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("この条件で表示").setExact(true)).click();
            Locator rows = inbox.locator("table.inbox-table tbody tr");
            assertThat(rows).hasCount(1);
            assertThat(rows).containsText(caseTitle);
            assertThat(rows.getByRole(AriaRole.LINK)).hasText("取扱判断（ブラウザで改訂）");
        } finally {
            prefecture.close();
        }

        page.navigate("/modeler");
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("課題からマッチングまで（issue-to-matching）のバージョン"))
                .getByRole(AriaRole.ROW).nth(1)).containsText("owner");
    }

    @Test
    void anUnsafeEditIsRefusedInJapaneseAndTheEditorIsAccessible(BrowserSession browser) {
        Page page = openModeler(browser);
        page.navigate("/modeler/issue-to-matching");
        assertThat(page.locator("#modeler.modeler--ready")).isVisible();
        browser.assertAccessible(page);

        // A condition that calls a method, typed into the properties panel of the flow 取り扱う.
        clickElement(page, "handle_label");
        Locator condition = page.locator("#modeler-properties").getByLabel("条件", new Locator.GetByLabelOptions().setExact(true));
        assertThat(condition).hasValue("${handlingDecision == 'HANDLE'}");
        condition.fill("${handlingDecision.toString() == 'HANDLE'}");
        // The panel writes a text field into the diagram after its input debounce (300 ms).
        page.waitForTimeout(600);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("確認する")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("デプロイできません"))).isVisible();
        assertThat(page.locator("#modeler-review")).containsText("要素「取り扱う（handle）」");
        assertThat(page.locator("#modeler-review")).containsText("メソッドや関数の呼び出し");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("このバージョンをデプロイする"))).hasCount(0);
        assertThat(diagrams.latestVersion()).isEqualTo(before);
    }

    /**
     * Issue 21, items 12 and 13: on every deployed diagram the palette draws its tools with bpmn-js's icon
     * font, served as a file from /assets/ (a font the CSP blocks never loads: the tools are empty boxes),
     * bpmnlint reports nothing on the unmodified diagram, its badge meets AA contrast, and no page of the
     * session logged a Content-Security-Policy violation.
     */
    @Test
    void everyDiagramShowsThePaletteGlyphsNoLintIssueAndBreaksNoCsp(BrowserSession browser) {
        Page page = openModeler(browser);
        List<String> keys = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(org.flowable.engine.repository.ProcessDefinition::getKey).sorted().toList();
        assertThat(keys).contains("issue-to-matching", "content-publication", "meeting-minutes");

        for (String key : keys) {
            page.navigate("/modeler/" + key);
            assertThat(page.locator("#modeler.modeler--ready")).isVisible();
            Locator badge = page.locator("#modeler-canvas .bjsl-button");
            assertThat(badge).hasText("問題はありません", new LocatorAssertions.HasTextOptions().setUseInnerText(true));
            assertThat(badge).hasClass(java.util.regex.Pattern.compile(".*bjsl-button-success.*"));

            @SuppressWarnings("unchecked")
            List<String> fontStates = (List<String>) page.evaluate("""
                    async () => {
                      await document.fonts.ready;
                      return [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === 'bpmn')
                        .map((face) => face.status);
                    }""");
            assertThat(fontStates).as("bpmn icon font on %s", key).contains("loaded").doesNotContain("error");
            @SuppressWarnings("unchecked")
            List<Boolean> glyphs = (List<Boolean>) page.evaluate("""
                    () => [...document.querySelectorAll('.djs-palette .entry[class*="bpmn-icon-"]')].map((entry) => {
                      const before = getComputedStyle(entry, '::before');
                      return before.fontFamily.includes('bpmn') && before.content !== 'none' && before.content !== '""';
                    })""");
            assertThat(glyphs).as("palette tools drawn with the icon font on %s", key)
                    .isNotEmpty().containsOnly(true);
            browser.assertAccessible(page);
        }
        // The font is a file next to the bundle, not a data: URI.
        assertThat(page.evaluate("() => performance.getEntriesByType('resource').map((e) => e.name)"
                + ".filter((name) => /\\/assets\\/.*bpmn.*\\.woff2/.test(name))").toString()).contains("/assets/");
        browser.assertNoCspViolation();
    }

    /**
     * Issue 21, item 14: the properties panel names types, labels and choices in Japanese, the form and
     * the calendar by the registry's display names instead of their keys.
     */
    @Test
    void thePropertiesPanelIsJapanese(BrowserSession browser) {
        Page page = openModeler(browser);
        page.navigate("/modeler/issue-to-matching");
        assertThat(page.locator("#modeler.modeler--ready")).isVisible();
        Locator panel = page.locator("#modeler-properties");

        clickElement(page, "handlingDecision");
        assertThat(panel.locator(".bio-properties-panel-header-type")).hasText("ユーザータスク");
        Locator form = panel.getByLabel("フォーム", new Locator.GetByLabelOptions().setExact(true));
        assertThat(form).hasValue("issue-handling-decision");
        assertThat(form.locator("option:checked")).hasText("取扱判断のフォーム");
        assertThat(panel.getByLabel("営業日カレンダー").locator("option"))
                .containsText(new String[] {"（なし）", "日本の営業日（土日・祝日・年末年始を除く）"});
        assertJapanese(panel, "handlingDecision");

        for (String id : List.of("notifyHandlingDecision", "handle_label", "participationDeadlineReached", "handlingDecided")) {
            clickElement(page, id);
            assertThat(panel.locator(".bio-properties-panel-header-type")).not().hasText("");
            assertJapanese(panel, id);
        }
    }

    /** No English word in what the panel shows: the IDs, the product name and the examples' expressions aside. */
    private static void assertJapanese(Locator panel, String element) {
        String shown = panel.innerText()
                .replaceAll("\\$\\{[^}]*}", "")
                .replaceAll("\\bP\\d+D\\b", "")
                .replace("ISO 8601", "").replace("Flowable", "").replace("BPMN", "").replaceAll("\\bID\\b", "");
        for (String line : panel.locator("input[type=text], input:not([type])").all().stream()
                .map(input -> input.inputValue()).toList()) {
            shown = shown.replace(line, "");
        }
        assertThat(shown).as("properties panel of %s", element).doesNotContainPattern("[A-Za-z]{2,}");
    }
}

package jp.musubi.webapp.survey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.webapp.support.BrowserSession;
import jp.musubi.webapp.support.MusubiBrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The secretariat builds a survey in the browser (a refused question and a refused file first), imports
 * targets, sends the invitations; a target answers through the personal link (a refused answer first);
 * the results show the answer; an unknown and a closed link get their Japanese pages. Every page and form
 * state is axe clean at 1280 and 320 px. {@link KumamotoSurveyBrowserTest} runs it on the Kumamoto consortium,
 * whose programme the surveys are.
 */
@MusubiBrowserTest
class SurveyBrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void buildSendAnswerAndReadTheResults(BrowserSession browser) {
        String unique = Long.toString(System.nanoTime(), 36);
        String title = "ブラウザの調査 " + unique;
        LocalDate today = JapaneseTimes.today(clock);
        Page page = browser.login("secretariat", BrowserSession.DEMO_PASSWORD);
        page.waitForURL("**/mypage");

        page.navigate(browser.baseUrl() + "/admin/surveys");
        browser.assertAccessibleAtBothWidths(page);
        button(page, "作成する").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("調査名を入力してください");
        browser.assertAccessibleAtBothWidths(page);
        page.getByLabel("調査名").fill(title);
        page.getByLabel("回答の受付開始日").fill(today.toString());
        page.getByLabel("回答の締切日").fill(today.plusDays(14).toString());
        page.getByLabel("調査の説明（依頼文）").fill("DXの取り組み状況をお聞きします。");
        button(page, "作成する").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setLevel(1))).isVisible();
        browser.assertAccessibleAtBothWidths(page);

        // A choice question with one choice is refused.
        page.getByLabel("設問の形式").selectOption("SINGLE");
        page.getByLabel("設問文").fill("DXに取り組んでいますか");
        page.getByLabel("選択肢（1行に1つ）").fill("はい");
        button(page, "設問を追加する").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("選択肢を2つ以上入力してください");
        browser.assertAccessibleAtBothWidths(page);
        page.getByLabel("選択肢（1行に1つ）").fill("はい\nいいえ");
        page.getByLabel("回答を必須にする").check();
        button(page, "設問を追加する").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("設問（q1）を追加しました");
        addQuestion(page, "MULTIPLE", "取り組んでいる分野", "業務効率化\n販路開拓", "q1", "はい");
        addQuestion(page, "TEXT", "ご意見", null, null, null);
        assertThat(page.locator("#questions table")).containsText("q1が「はい」の場合に表示");
        browser.assertAccessibleAtBothWidths(page);

        // A file with a broken row: refused as a whole with the row named.
        String broken = "組織名,メールアドレス\n株式会社ブラウザ一,one-" + unique + "@example.jp\n株式会社ブラウザ二,not-an-address\n";
        page.getByLabel("組織の一覧ファイル（CSV・XLSX）").setInputFiles(
                new FilePayload("targets.csv", "text/csv", broken.getBytes(StandardCharsets.UTF_8)));
        button(page, "ファイルを取り込む").click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("3行目：");
        browser.assertAccessibleAtBothWidths(page);
        assertThat(targets(title)).isZero();
        String good = "組織名,メールアドレス\n株式会社ブラウザ一,one-" + unique + "@example.jp\n株式会社ブラウザ二,two-" + unique + "@example.jp\n";
        page.getByLabel("組織の一覧ファイル（CSV・XLSX）").setInputFiles(
                new FilePayload("targets.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)));
        button(page, "ファイルを取り込む").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("対象を2件加えました");
        button(page, "まだ招待していない対象に招待メールを送る").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("招待メール2件を送信待ちに入れました");
        browser.assertAccessibleAtBothWidths(page);
        long id = jdbc.sql("SELECT id FROM survey WHERE title = ?").param(title).query(Long.class).single();
        page.navigate(browser.baseUrl() + "/admin/surveys/" + id + "/targets");
        assertThat(page.locator("table")).containsText("one-" + unique + "@example.jp");
        browser.assertAccessibleAtBothWidths(page);

        // The target answers through the personal link, first missing the required question.
        List<String> tokens = jdbc.sql("SELECT token FROM survey_target WHERE survey_id = ? ORDER BY id").param(id)
                .query(String.class).list();
        Page form = browser.open(browser.baseUrl() + "/survey/" + tokens.get(0));
        assertThat(form.locator("main")).containsText("株式会社ブラウザ一 様からのご回答");
        browser.assertAccessibleAtBothWidths(form);
        button(form, "回答を送信する").click();
        assertThat(form.getByRole(AriaRole.ALERT)).containsText("「DXに取り組んでいますか」に回答してください。");
        browser.assertAccessibleAtBothWidths(form);
        form.getByLabel("はい", new Page.GetByLabelOptions().setExact(true)).check();
        form.getByLabel("業務効率化").check();
        form.getByLabel("ご意見").fill("研修の機会を増やしてほしい。");
        button(form, "回答を送信する").click();
        assertThat(form.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("ご回答ありがとうございました"))).isVisible();
        browser.assertAccessibleAtBothWidths(form);
        form.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("回答内容を確認・変更する")).click();
        assertThat(form.getByLabel("業務効率化")).isChecked();
        assertThat(form.getByRole(AriaRole.STATUS)).containsText("回答済みです");
        browser.assertAccessibleAtBothWidths(form);

        page.navigate(browser.baseUrl() + "/admin/surveys/" + id + "/results");
        assertThat(page.locator("main")).containsText("50.0 %");
        assertThat(page.locator("main")).containsText("研修の機会を増やしてほしい。");
        assertThat(page.locator("main")).not().containsText("one-" + unique);
        browser.assertAccessibleAtBothWidths(page);

        form.navigate(browser.baseUrl() + "/survey/" + "z".repeat(43));
        assertThat(form.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("このリンクは使えません"))).isVisible();
        browser.assertAccessibleAtBothWidths(form);

        // The survey closes: the link answers with the closed page.
        page.navigate(browser.baseUrl() + "/admin/surveys/" + id);
        assertThat(page.getByLabel("調査名", new Page.GetByLabelOptions().setExact(true))).hasValue(title);
        page.getByLabel("回答の受付開始日").fill(today.minusDays(10).toString());
        page.getByLabel("回答の締切日").fill(today.minusDays(1).toString());
        button(page, "設定を保存する").click();
        page.waitForLoadState();
        assertThat(page.locator("main").innerText()).contains("設定を保存しました");
        form.navigate(browser.baseUrl() + "/survey/" + tokens.get(1));
        assertThat(form.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("このアンケートは締め切りました"))).isVisible();
        browser.assertAccessibleAtBothWidths(form);
    }

    private static void addQuestion(Page page, String kind, String text, String choices, String shownIfKey, String shownIfValue) {
        page.getByLabel("設問の形式").selectOption(kind);
        page.getByLabel("設問文").fill(text);
        if (choices != null) {
            page.getByLabel("選択肢（1行に1つ）").fill(choices);
        }
        if (shownIfKey != null) {
            page.getByLabel("表示の条件とする設問").selectOption(shownIfKey);
            page.getByLabel("条件とする回答（選択肢または段階の値）").fill(shownIfValue);
        }
        button(page, "設問を追加する").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("を追加しました");
    }

    private long targets(String title) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_target t JOIN survey s ON s.id = t.survey_id WHERE s.title = ?")
                .param(title).query(Long.class).single();
    }
}

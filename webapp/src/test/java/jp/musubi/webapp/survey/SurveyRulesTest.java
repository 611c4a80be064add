package jp.musubi.webapp.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The survey's rules through HTTP: a copy keeps the question ids and its results compare with last year's;
 * the exports open back; bad input is refused in Japanese with nothing stored (a broken import row, a
 * missing required answer, an oversize free text, a choice not offered, an answer after the close, an
 * unknown link); shown-only-if drops the answer to a question that was not shown.
 */
@MusubiSpringBootTest
class SurveyRulesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void aCopyKeepsTheQuestionIdsAndLastYearsAnswersCompareWithThisYearsInTheResultsAndExports() throws Exception {
        SurveyCases cases = new SurveyCases(mvc, accounts, clock);
        String unique = Long.toString(System.nanoTime(), 36);
        long lastYear = cases.survey("2025年度 機運醸成調査 " + unique);
        cases.standardQuestions(lastYear);
        assertThat(cases.importCsv(lastYear, targetsCsv("a", unique, 4)).getStatus()).isEqualTo(302);
        List<String> old = tokens(lastYear);
        answer(old.get(0), "はい", "5", "業務効率化");
        answer(old.get(1), "はい", "4", "業務効率化", "販路開拓");
        answer(old.get(2), "いいえ", "2");
        answer(old.get(3), "いいえ", "1");

        MockHttpServletResponse copied = cases.as(post("/admin/surveys/" + lastYear + "/copy"));
        assertThat(copied.getStatus()).isEqualTo(302);
        long thisYear = Long.parseLong(copied.getRedirectedUrl().substring("/admin/surveys/".length()));
        assertThat(keys(thisYear)).containsExactly("q1", "q2", "q3", "q4").isEqualTo(keys(lastYear));
        assertThat(jdbc.sql("SELECT copied_from FROM survey WHERE id = ?").param(thisYear).query(Long.class).single()).isEqualTo(lastYear);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_target WHERE survey_id = ?").param(thisYear).query(Long.class).single())
                .as("a copy starts without targets").isZero();
        // The copy's period is next year's; this test answers it now, so it opens today.
        assertThat(cases.as(post("/admin/surveys/" + thisYear).param("title", "2026年度 機運醸成調査 " + unique)
                .param("opensOn", cases.today().toString()).param("closesOn", cases.today().plusDays(20).toString()))
                .getStatus()).isEqualTo(302);
        assertThat(cases.importCsv(thisYear, targetsCsv("b", unique, 2)).getStatus()).isEqualTo(302);
        List<String> fresh = tokens(thisYear);
        answer(fresh.get(0), "はい", "5", "業務効率化", "人材育成");
        answer(fresh.get(1), "はい", "3", "人材育成");

        String results = cases.get("/admin/surveys/" + thisYear + "/results").getContentAsString();
        assertThat(results).contains("比較する調査：2025年度 機運醸成調査 " + unique).contains("前回の件数").contains("前回の割合");
        // q1 はい: this year 2 of 2 (100 %), last year 2 of 4 (50 %).
        assertThat(rowOf(results, "q1", "はい")).contains("<td>2</td>", "<td>100 %</td>", "<td>50 %</td>");
        assertThat(rowOf(results, "q1", "いいえ")).contains("<td>0</td>", "<td>0 %</td>", "<td>2</td>");
        assertThat(results).contains("前回（2025年度 機運醸成調査 " + unique + "）の回答者数：4件");

        MockHttpServletResponse xlsx = cases.get("/admin/surveys/" + thisYear + "/results.xlsx");
        assertThat(xlsx.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            Sheet answers = workbook.getSheet("回答");
            DataFormatter format = new DataFormatter();
            assertThat(format.formatCellValue(answers.getRow(0).getCell(3))).isEqualTo("q1 DXに取り組んでいますか");
            assertThat(answers.getLastRowNum()).isEqualTo(2);
            assertThat(format.formatCellValue(answers.getRow(1).getCell(1))).startsWith("株式会社b1");
            assertThat(format.formatCellValue(answers.getRow(1).getCell(4))).isEqualTo("業務効率化／人材育成");
            Sheet summary = workbook.getSheet("集計");
            Row yes = null;
            for (Row row : summary) {
                if ("q1".equals(format.formatCellValue(row.getCell(0))) && "はい".equals(format.formatCellValue(row.getCell(2)))) {
                    yes = row;
                }
            }
            assertThat(yes).isNotNull();
            assertThat(format.formatCellValue(yes.getCell(3))).isEqualTo("2");
            assertThat(format.formatCellValue(yes.getCell(5))).isEqualTo("2");
            assertThat(format.formatCellValue(yes.getCell(6))).isEqualTo("50");
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    row.forEach(cell -> assertThat(format.formatCellValue(cell)).doesNotContain("@"));
                }
            }
        }
        MockHttpServletResponse csv = cases.get("/admin/surveys/" + thisYear + "/results.csv");
        assertThat(csv.getContentType()).startsWith("text/csv");
        String text = new String(csv.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").doesNotContain("@");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.EXCEL)) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(3);
            assertThat(records.get(0).get(1)).isEqualTo("組織名");
            assertThat(records.get(2).get(3)).isEqualTo("はい");
            assertThat(records.get(2).get(5)).isEqualTo("3");
        }
    }

    @Test
    void badInputIsRefusedInJapaneseAndNothingIsStored() throws Exception {
        SurveyCases cases = new SurveyCases(mvc, accounts, clock);
        String unique = Long.toString(System.nanoTime(), 36);
        long id = cases.survey("入力チェックの調査 " + unique);
        cases.standardQuestions(id);

        // A CSV with one broken row among good ones: refused as a whole with the rows named; nothing stored.
        String broken = "組織名,メールアドレス\n株式会社よい一,good1-" + unique + "@example.jp\n,no-name-" + unique
                + "@example.jp\n株式会社わるい,not-an-address\n株式会社よい二,good2-" + unique + "@example.jp\n";
        MockHttpServletResponse refusedFile = cases.importCsv(id, broken);
        assertThat(refusedFile.getStatus()).isEqualTo(400);
        assertThat(refusedFile.getContentAsString()).contains("誤りのある行が2行あるため、取り込みませんでした")
                .contains("3行目：組織名がありません").contains("4行目：");
        assertThat(count("SELECT COUNT(*) FROM survey_target WHERE survey_id = ?", id)).isZero();

        // A builder question with a single choice.
        MockHttpServletResponse refusedQuestion = cases.as(post("/admin/surveys/" + id + "/questions")
                .param("kind", "SINGLE").param("text", "選択肢が1つ").param("choices", "はい"));
        assertThat(refusedQuestion.getStatus()).isEqualTo(400);
        assertThat(refusedQuestion.getContentAsString()).contains("選択肢を2つ以上入力してください");
        assertThat(count("SELECT COUNT(*) FROM survey_question WHERE survey_id = ?", id)).isEqualTo(4);

        assertThat(cases.importCsv(id, targetsCsv("c", unique, 3)).getStatus()).isEqualTo(302);
        List<String> tokens = tokens(id);
        String token = tokens.get(0);

        // A missing required answer.
        MockHttpServletResponse missing = send(post("/survey/" + token).param("q-q3", "3"));
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentAsString()).contains("回答内容を確認してください").contains("「DXに取り組んでいますか」に回答してください。");
        // はい shows q2, which is required: missing too.
        MockHttpServletResponse missingShown = send(post("/survey/" + token).param("q-q1", "はい"));
        assertThat(missingShown.getStatus()).isEqualTo(400);
        assertThat(missingShown.getContentAsString()).contains("「取り組んでいる分野」に回答してください。");
        // An oversize free text (200 characters at most).
        MockHttpServletResponse oversize = send(post("/survey/" + token).param("q-q1", "いいえ").param("q-q4", "あ".repeat(201)));
        assertThat(oversize.getStatus()).isEqualTo(400);
        assertThat(oversize.getContentAsString()).contains("「ご意見」は200文字以内で入力してください（現在201文字）。");
        // A choice that was not offered.
        MockHttpServletResponse notOffered = send(post("/survey/" + token).param("q-q1", "たぶん"));
        assertThat(notOffered.getStatus()).isEqualTo(400);
        assertThat(notOffered.getContentAsString()).contains("示した選択肢から選んでください");
        assertThat(count("SELECT COUNT(*) FROM survey_answer a JOIN survey_target t ON t.id = a.target_id WHERE t.survey_id = ?", id))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM survey_target WHERE survey_id = ? AND answered_at IS NOT NULL", id)).isZero();

        // いいえ hides q2: an answer sent for it anyway is not kept.
        assertThat(send(post("/survey/" + token).param("q-q1", "いいえ").param("q-q2", "販路開拓").param("q-q4", "特になし"))
                .getStatus()).isEqualTo(302);
        assertThat(answers(token)).containsOnlyKeys("q1", "q4");
        // Changeable until the close: the second answer replaces the first.
        assertThat(send(post("/survey/" + token).param("q-q1", "はい").param("q-q2", "販路開拓")).getStatus()).isEqualTo(302);
        assertThat(answers(token)).isEqualTo(Map.of("q1", "はい", "q2", "販路開拓"));
        String page = mvc.perform(get("/survey/" + token)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("回答済みです。締切日まで内容を変更できます");

        // An unknown link: a Japanese 404 page.
        MockHttpServletResponse unknown = mvc.perform(get("/survey/" + "x".repeat(43))).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("このリンクは使えません");

        assertThat(cases.get("/admin/surveys/" + id).getContentAsString()).contains("value=\"入力チェックの調査 " + unique + "\"");
        // The survey closes (the secretariat sets yesterday as the last day): the used link answers 410, nothing stored.
        assertThat(cases.as(post("/admin/surveys/" + id).param("title", "入力チェックの調査 " + unique)
                .param("opensOn", cases.today().minusDays(10).toString()).param("closesOn", cases.today().minusDays(1).toString()))
                .getStatus()).isEqualTo(302);
        MockHttpServletResponse closed = send(post("/survey/" + token).param("q-q1", "いいえ"));
        assertThat(closed.getStatus()).isEqualTo(410);
        assertThat(closed.getContentAsString()).contains("このアンケートは締め切りました").contains("回答は保存されていません");
        assertThat(answers(token)).isEqualTo(Map.of("q1", "はい", "q2", "販路開拓"));
        MockHttpServletResponse closedFirst = send(post("/survey/" + tokens.get(1)).param("q-q1", "いいえ"));
        assertThat(closedFirst.getStatus()).isEqualTo(410);
        assertThat(mvc.perform(get("/survey/" + tokens.get(1))).andReturn().getResponse().getStatus()).isEqualTo(410);
        assertThat(count("SELECT COUNT(*) FROM survey_target WHERE survey_id = ? AND answered_at IS NOT NULL", id)).isEqualTo(1);
        // No invitations after the close either.
        MockHttpServletResponse invite = cases.as(post("/admin/surveys/" + id + "/invite"));
        assertThat(invite.getStatus()).isEqualTo(400);
        assertThat(invite.getContentAsString()).contains("締切日を過ぎた調査には送信できません");
        assertThat(count("SELECT COUNT(*) FROM survey_target WHERE survey_id = ? AND invited_at IS NOT NULL", id)).isZero();
    }

    private void answer(String token, String q1, String q3, String... q2) throws Exception {
        MockHttpServletRequestBuilder request = post("/survey/" + token).param("q-q1", q1).param("q-q3", q3);
        for (String value : q2) {
            request.param("q-q2", value);
        }
        MockHttpServletResponse response = send(request);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    private static String targetsCsv(String prefix, String unique, int n) {
        StringBuilder csv = new StringBuilder("組織名,メールアドレス\n");
        for (int i = 1; i <= n; i++) {
            csv.append("株式会社").append(prefix).append(i).append(' ').append(unique).append(',')
                    .append(prefix).append(i).append('-').append(unique).append("@example.jp\n");
        }
        return csv.toString();
    }

    private List<String> tokens(long survey) {
        return jdbc.sql("SELECT token FROM survey_target WHERE survey_id = ? ORDER BY id").param(survey).query(String.class).list();
    }

    private List<String> keys(long survey) {
        return jdbc.sql("SELECT question_key FROM survey_question WHERE survey_id = ? ORDER BY position").param(survey)
                .query(String.class).list();
    }

    private Map<String, String> answers(String token) {
        Map<String, String> answers = new java.util.TreeMap<>();
        jdbc.sql("SELECT a.question_key, a.answer FROM survey_answer a JOIN survey_target t ON t.id = a.target_id WHERE t.token = ?")
                .param(token).query((rs, n) -> answers.put(rs.getString(1), rs.getString(2))).list();
        return answers;
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    /** The table row of a value in the question's section of the results page. */
    private static String rowOf(String html, String key, String value) {
        int section = html.indexOf("id=\"question-" + key + "\"");
        int table = html.indexOf("<tbody>", section);
        int row = html.indexOf("<th scope=\"row\">" + value + "</th>", table);
        return html.substring(row, html.indexOf("</tr>", row));
    }
}

package jp.musubi.webapp.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.consultation.ConsultationFigures;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The staff pages of the consultation desk through security: the report and its XLSX, the detail, recording. */
@MusubiSpringBootTest
class ConsultationPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    ConsultationCases cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void theXlsxReportCountsTheConsultationAndListsItBehindEachFigureWithoutContactData() throws Exception {
        String topic = "月次報告の確認 " + System.nanoTime();
        String email = "report-" + System.nanoTime() + "@example.jp";
        long id = cases.organized(ConsultationCases.request(topic, email));
        cases.informed(id);
        YearMonth month = YearMonth.now(clock.withZone(ZoneId.of("Asia/Tokyo")));
        int year = ConsultationFigures.fiscalYearOf(clock.instant());

        MockHttpServletResponse response = mvc.perform(get("/admin/consultations/report.xlsx").param("year", String.valueOf(year))
                .with(user(accounts.loadUserByUsername("pref")))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition")).contains("consultation-report-" + year + ".xlsx");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet summary = workbook.getSheet("月別集計");
            assertThat(cells(summary.getRow(0))).containsExactly("月", "相談受付", "相談対応", "マッチング支援", "情報提供", "企業と接触");
            String label = month.getYear() + "年" + month.getMonthValue() + "月";
            Row row = findRow(summary, label);
            long informedThisMonth = jdbc.sql("SELECT COUNT(*) FROM consultation_request WHERE informed_at IS NOT NULL")
                    .query(Long.class).single();
            assertThat(Double.valueOf(row.getCell(4).getNumericCellValue()).longValue()).isBetween(1L, informedThisMonth);
            for (String figure : List.of("相談受付", "相談対応", "マッチング支援", "情報提供")) {
                assertThat(text(workbook.getSheet(figure))).as(figure).contains(topic);
            }
            assertThat(text(workbook.getSheet("企業と接触"))).doesNotContain(topic);
            for (Sheet sheet : workbook) {
                assertThat(text(sheet)).as(sheet.getSheetName()).doesNotContain(email).doesNotContain("報告 次郎");
            }
        }
    }

    @Test
    void theReportPageAndTheDetailShowTheCaseWithTheMatchedWordsMarked() throws Exception {
        String topic = "詳細ページの確認 " + System.nanoTime();
        long id = cases.organized(ConsultationCases.request(topic, "detail-" + System.nanoTime() + "@example.jp"));
        String detail = mvc.perform(get("/admin/consultations/" + id).with(user(accounts.loadUserByUsername("secretariat"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains(topic).contains("おすすめの企業").contains("<mark>").contains("株式会社ひばりノード");
        String report = mvc.perform(get("/admin/consultations/report").with(user(accounts.loadUserByUsername("pref"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(report).contains("DX相談の月次報告").contains("ジニ係数");
    }

    @Test
    void aRecordWithBadInputIsRefusedInJapaneseAndNothingIsStored() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM consultation_request").query(Long.class).single();
        MockHttpServletResponse response = mvc.perform(post("/admin/consultations/new").with(csrf())
                .with(user(accounts.loadUserByUsername("secretariat")))
                .param("channel", "PHONE").param("organization", "株式会社電話相談").param("requesterKind", "COMPANY")
                .param("contactName", "電話 三郎").param("email", "not-an-address").param("topic", "").param("body", "内容"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("入力内容を確認してください").contains("メールアドレス")
                .contains("ご相談のテーマ");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM consultation_request").query(Long.class).single()).isEqualTo(before);

        MockHttpServletResponse stored = mvc.perform(post("/admin/consultations/new").with(csrf())
                .with(user(accounts.loadUserByUsername("secretariat")))
                .param("channel", "MAIL").param("organization", "株式会社メール相談").param("requesterKind", "COMPANY")
                .param("contactName", "メール 四郎").param("email", "shiro@example.jp").param("topic", "メールで届いた相談")
                .param("body", "在庫管理を見直したい。")).andReturn().getResponse();
        assertThat(stored.getStatus()).isEqualTo(302);
        assertThat(stored.getRedirectedUrl()).startsWith("/admin/consultations/");
    }

    private static Row findRow(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && first.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        for (Cell cell : row) {
            values.add(format.formatCellValue(cell));
        }
        return values;
    }

    private static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        for (Row row : sheet) {
            all.append(String.join("\t", cells(row))).append('\n');
        }
        return all.toString();
    }
}

package jp.musubi.webapp.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.program.ProgramTargets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The prefecture's downloads of the programme (reports and the access report, PDF and XLSX) hold no personal data:
 * none of the demo data's contact persons, submitters or proposers, by name, mail address or phone number.
 */
@MusubiSpringBootTest
class ProgramExportsPrivacyTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgramTargets targets;

    @Test
    void thePrefecturesReportDownloadsNameNoPerson() throws Exception {
        List<String> personal = new ArrayList<>();
        personal.addAll(jdbc.sql("SELECT person_name FROM organization_contact").query(String.class).list());
        personal.addAll(jdbc.sql("SELECT email FROM organization_contact").query(String.class).list());
        personal.addAll(jdbc.sql("SELECT phone FROM organization_contact WHERE phone IS NOT NULL").query(String.class).list());
        personal.addAll(jdbc.sql("SELECT submitter_name FROM issue_case").query(String.class).list());
        personal.addAll(jdbc.sql("SELECT submitter_email FROM issue_case").query(String.class).list());
        personal.addAll(jdbc.sql("SELECT contact_name FROM proposal").query(String.class).list());
        personal.addAll(jdbc.sql("SELECT contact_email FROM proposal").query(String.class).list());
        personal.removeIf(value -> value == null || value.isBlank());
        assertThat(personal).as("the demo data has contact persons to look for").hasSizeGreaterThan(10);

        String month = YearMonth.from(targets.today()).toString();
        List<String> texts = new ArrayList<>();
        for (String xlsx : List.of("/admin/program/reports/monthly.xlsx?month=" + month, "/admin/program/reports/final.xlsx",
                "/admin/program/reports/interim.xlsx?date=" + targets.today(), "/admin/program/access.xlsx?month=" + month)) {
            texts.add(xlsxText(download(xlsx)));
        }
        for (String pdf : List.of("/admin/program/reports/monthly.pdf?month=" + month, "/admin/program/reports/final.pdf",
                "/admin/program/access.pdf?month=" + month)) {
            try (PDDocument document = Loader.loadPDF(download(pdf))) {
                texts.add(new PDFTextStripper().getText(document));
            }
        }
        assertThat(texts.get(1)).as("the final report lists what it counted").contains("新規会員登録数");
        for (String text : texts) {
            assertThat(text).doesNotContain("@");
            for (String value : personal) {
                assertThat(text).doesNotContain(value);
            }
        }
    }

    private byte[] download(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(user(accounts.loadUserByUsername("pref"))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsByteArray();
    }

    private static String xlsxText(byte[] xlsx) throws Exception {
        StringBuilder text = new StringBuilder();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    row.forEach(cell -> text.append(formatter.formatCellValue(cell)).append('\t'));
                    text.append('\n');
                }
            }
        }
        return text.toString();
    }
}

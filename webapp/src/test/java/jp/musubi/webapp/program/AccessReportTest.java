package jp.musubi.webapp.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jp.musubi.cms.sitestats.SiteStatistics;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.program.ProgramTargets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * サイトアクセス状況: real public page views and seed searches go through the site's filter into the
 * aggregates; the prefecture reads the month's page, PDF (PDFBox) and XLSX (POI) with the search terms,
 * their hits and the terms that found nothing.
 */
@MusubiSpringBootTest
class AccessReportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    SiteStatistics statistics;
    @Autowired
    ProgramTargets targets;

    @Test
    void theMonthsSearchTermsHitsAndEmptyTermsArePagedPdfAndXlsx() throws Exception {
        String nothing = "該当しない語" + System.nanoTime();
        String referrer = "ref" + System.nanoTime() + ".example.jp";
        assertThat(status(get("/seeds").param("q", "水位センサー").header("Referer", "https://" + referrer + "/page"))).isEqualTo(200);
        assertThat(status(get("/seeds").param("q", "水位センサー"))).isEqualTo(200);
        assertThat(status(get("/seeds").param("q", nothing))).isEqualTo(200);
        assertThat(status(get("/articles"))).isEqualTo(200);
        statistics.flush();
        String month = YearMonth.from(targets.today()).toString();

        String page = html(get("/admin/program/access").param("month", month), "pref");
        assertThat(page).contains("<h1>サイトアクセス状況</h1>", "コンテンツ種別ごとのページビュー", "シーズ", "記事",
                "結果が0件だった検索語", nothing, referrer);
        SiteStatistics.SearchTerm water = statistics.month(YearMonth.parse(month)).searchTerms().stream()
                .filter(t -> t.term().equals("水位センサー")).findFirst().orElseThrow();
        assertThat(water.searches()).isGreaterThanOrEqualTo(2);
        assertThat(water.hits()).isPositive();

        byte[] pdf = download(get("/admin/program/access.pdf").param("month", month), "pref", "application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("サイトアクセス状況報告", "サイト内検索の検索語", "結果が0件だった検索語", "水位センサー", nothing);
        }

        byte[] xlsx = download(get("/admin/program/access.xlsx").param("month", month), "secretariat",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> terms = rows(workbook, "検索語");
            assertThat(terms.get(0)).containsExactly("検索語", "検索回数", "最大ヒット件数", "結果0件の回数");
            assertThat(terms).contains(List.of(nothing, "1", "0", "1"));
            assertThat(terms).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("水位センサー"));
            assertThat(rows(workbook, "結果0件の検索語")).contains(List.of(nothing, "1"));
            assertThat(rows(workbook, "参照元")).contains(List.of(referrer, "1"));
            assertThat(rows(workbook, "コンテンツ種別")).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("シーズ"));
        }
    }

    @Test
    void aWrongMonthIsRefusedInJapanese() throws Exception {
        MockHttpServletResponse pageResponse = mvc.perform(get("/admin/program/access").param("month", "2026-13")
                .with(user(accounts.loadUserByUsername("pref")))).andReturn().getResponse();
        assertThat(pageResponse.getStatus()).isEqualTo(400);
        assertThat(HtmlUtils.htmlUnescape(pageResponse.getContentAsString(StandardCharsets.UTF_8)))
                .contains("月は「2026-11」の形で指定してください。");
        MockHttpServletResponse pdf = mvc.perform(get("/admin/program/access.pdf").param("month", "11月")
                .with(user(accounts.loadUserByUsername("pref")))).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(400);
        assertThat(pdf.getContentAsString(StandardCharsets.UTF_8)).contains("月は「2026-11」の形で指定してください。");
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String username) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user(accounts.loadUserByUsername(username)))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private byte[] download(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String username,
                            String type) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user(accounts.loadUserByUsername(username)))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(type);
        assertThat(response.getHeader("Content-Disposition")).contains("attachment");
        return response.getContentAsByteArray();
    }

    private static List<List<String>> rows(XSSFWorkbook workbook, String sheetName) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        for (Row row : workbook.getSheet(sheetName)) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
            }
            rows.add(cells);
        }
        return rows;
    }
}

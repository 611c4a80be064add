package jp.musubi.webapp.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Import of an earlier ledger: preview with a Japanese reason per refused row, then all rows or none.
 * Kumamoto lends ~640 members, so the files here have 640 rows.
 */
@MusubiSpringBootTest
class LedgerImportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeImported() {
        LedgerFiles.removeImported(jdbc);
    }

    @Test
    void oneBadRowAmong640ImportsNothingAndNamesTheRow() throws Exception {
        String run = "bad" + System.nanoTime();
        long organizations = organizations();
        MockHttpServletResponse preview = upload("ledger.csv", LedgerFiles.csv(run, 640, 321));

        assertThat(preview.getStatus()).isEqualTo(422);
        String html = preview.getContentAsString();
        assertThat(html).contains("取り込めません（何も登録していません）").contains("321行目：")
                .contains("メールアドレス").doesNotContain("件を取り込む");
        assertThat(Pattern.compile("\\d+行目：").matcher(html).results().count()).isEqualTo(1);
        assertThat(organizations()).isEqualTo(organizations);

        // The import step checks again: a table with the bad row posted directly is refused as a whole.
        String table = new String(LedgerFiles.csv(run, 640, 321), StandardCharsets.UTF_8).substring(1);
        MockHttpServletResponse confirm = mvc.perform(post("/admin/members/import/confirm").with(csrf()).with(user(secretariat()))
                .param("fileName", "ledger.csv").param("payload", table)).andReturn().getResponse();
        assertThat(confirm.getStatus()).isEqualTo(422);
        assertThat(confirm.getContentAsString()).contains("321行目：");
        assertThat(organizations()).isEqualTo(organizations);
        assertThat(LedgerFiles.imported(jdbc, run)).isZero();
    }

    @Test
    void aGood640RowLedgerIsPreviewedThenImportedWhole() throws Exception {
        String run = "good" + System.nanoTime();
        long audits = audits("IMPORT");
        MockHttpServletResponse preview = upload("ledger.csv", LedgerFiles.csv(run, 640, 0));
        assertThat(preview.getStatus()).isEqualTo(200);
        String html = preview.getContentAsString();
        assertThat(html).contains("640件を取り込めます").contains("640件を取り込む");
        assertThat(LedgerFiles.imported(jdbc, run)).as("nothing before the import step").isZero();

        MockHttpServletResponse done = confirm(html);
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(LedgerFiles.imported(jdbc, run)).isEqualTo(640);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organization_contact c JOIN organization o ON o.id = c.organization_id "
                + "WHERE o.name LIKE ?").param(LedgerFiles.NAME_PREFIX + run + "-%").query(Long.class).single())
                .as("one contact each, a second on every tenth").isEqualTo(640 + 64);
        assertThat(jdbc.sql("SELECT newsletter_opt_in FROM organization WHERE name = ?")
                .param(LedgerFiles.NAME_PREFIX + run + "-5").query(Boolean.class).single()).isFalse();
        assertThat(audits("IMPORT")).isEqualTo(audits + 1);
    }

    @Test
    void anXlsxLedgerIsImportedLikeACsvOne() throws Exception {
        String run = "xlsx" + System.nanoTime();
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("会員管理簿");
            String[] header = {"会員名", "種別", "入会日", "状態", "退会日", "担当者1氏名", "担当者1メール"};
            var head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            var member = sheet.createRow(1);
            member.createCell(0).setCellValue(LedgerFiles.NAME_PREFIX + run + "-1");
            member.createCell(1).setCellValue("研究室");
            var date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            member.createCell(2).setCellValue(java.time.LocalDate.of(2024, 6, 3));
            member.getCell(2).setCellStyle(date);
            member.createCell(5).setCellValue("研究 一郎");
            member.createCell(6).setCellValue("ichiro@" + run + ".example.jp");
            var left = sheet.createRow(2);
            left.createCell(0).setCellValue(LedgerFiles.NAME_PREFIX + run + "-2");
            left.createCell(1).setCellValue("企業");
            left.createCell(2).setCellValue("2023-04-01");
            left.createCell(3).setCellValue("退会");
            left.createCell(4).setCellValue("2025-03-31");
            workbook.write(bytes);
            xlsx = bytes.toByteArray();
        }
        MockHttpServletResponse preview = upload("ledger.xlsx", xlsx);
        assertThat(preview.getStatus()).as(preview.getContentAsString()).isEqualTo(200);
        assertThat(confirm(preview.getContentAsString()).getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT joined_on FROM organization WHERE name = ?").param(LedgerFiles.NAME_PREFIX + run + "-1")
                .query(java.sql.Date.class).single().toLocalDate()).isEqualTo(java.time.LocalDate.of(2024, 6, 3));
        // A 退会 line keeps its date and has no personal data.
        assertThat(jdbc.sql("SELECT status FROM organization WHERE name = ?").param(LedgerFiles.NAME_PREFIX + run + "-2")
                .query(String.class).single()).isEqualTo("WITHDRAWN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organization_contact c JOIN organization o ON o.id = c.organization_id WHERE o.name = ?")
                .param(LedgerFiles.NAME_PREFIX + run + "-2").query(Long.class).single()).isZero();
    }

    @Test
    void badFilesAreRefusedInJapaneseWithNothingStored() throws Exception {
        String run = "refused" + System.nanoTime();
        long organizations = organizations();

        String broken = LedgerFiles.HEADER + "\r\n\"" + LedgerFiles.NAME_PREFIX + run + ",企業,2025-04-01\r\n";
        assertRefused(upload("broken.csv", broken.getBytes(StandardCharsets.UTF_8)), "CSVファイルを読み取れません（2行目付近）");

        String wrongColumns = "会社名,種別,入会日,FAX\r\nA社,企業,2025-04-01,0000\r\n";
        assertRefused(upload("columns.csv", wrongColumns.getBytes(StandardCharsets.UTF_8)), "取り込めない列があります：会社名、FAX");

        byte[] large = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(large, (byte) 'a');
        assertRefused(upload("large.csv", large), "ファイルが大きすぎます。5MBまで");

        String shiftJis = LedgerFiles.HEADER + "\r\n" + LedgerFiles.NAME_PREFIX + run + ",企業,2025-04-01,,,担当,a@b.example.jp,,,,\r\n";
        assertRefused(upload("sjis.csv", shiftJis.getBytes("Shift_JIS")), "UTF-8ではありません");

        // Duplicate members: one already in the registry (demo data), and one twice in the file.
        String duplicates = LedgerFiles.HEADER + "\r\n"
                + "株式会社那須野電子,企業,2025-04-01,,,担当,a@" + run + ".example.jp,,,,\r\n"
                + LedgerFiles.NAME_PREFIX + run + ",企業,2025-04-01,,,担当,b@" + run + ".example.jp,,,,\r\n"
                + LedgerFiles.NAME_PREFIX + run + ",企業,2025-04-02,,,担当,c@" + run + ".example.jp,,,,\r\n";
        MockHttpServletResponse response = upload("dup.csv", duplicates.getBytes(StandardCharsets.UTF_8));
        assertRefused(response, "2行目：「株式会社那須野電子」は既に会員管理簿にあります（会員番号 nasuno-denshi）");
        assertThat(HtmlUtils.htmlUnescape(response.getContentAsString())).contains("4行目：「" + LedgerFiles.NAME_PREFIX + run + "」が3行目と重複しています");

        assertThat(organizations()).isEqualTo(organizations);
    }

    @Test
    void thePrefectureMayNotImport() throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/admin/members/import")
                .file(new MockMultipartFile("file", "ledger.csv", "text/csv", LedgerFiles.csv("pref", 2, 0)))
                .with(csrf()).with(user(accounts.loadUserByUsername("pref")))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(LedgerFiles.imported(jdbc, "pref")).isZero();
    }

    private void assertRefused(MockHttpServletResponse response, String message) throws Exception {
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(response.getContentAsString())).contains("取り込めません（何も登録していません）").contains(message);
    }

    private MockHttpServletResponse upload(String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/admin/members/import").file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .with(csrf()).with(user(secretariat()))).andReturn().getResponse();
    }

    /** Presses 取り込む: posts the preview's hidden fields as the page's form would. */
    private MockHttpServletResponse confirm(String previewHtml) throws Exception {
        return mvc.perform(post("/admin/members/import/confirm").with(csrf()).with(user(secretariat()))
                .param("fileName", hidden(previewHtml, "fileName")).param("payload", hidden(previewHtml, "payload")))
                .andReturn().getResponse();
    }

    private static String hidden(String html, String name) {
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"" + name + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("hidden field %s", name).isTrue();
        return HtmlUtils.htmlUnescape(m.group(1));
    }

    private org.springframework.security.core.userdetails.UserDetails secretariat() {
        return accounts.loadUserByUsername("secretariat");
    }

    private long organizations() {
        return jdbc.sql("SELECT COUNT(*) FROM organization").query(Long.class).single();
    }

    private long audits(String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = 'secretariat' AND action = ?").param(action)
                .query(Long.class).single();
    }
}

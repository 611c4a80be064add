package jp.musubi.webapp.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * 会員管理簿: search, the member page and exports per role, the secretariat's edits, and the audit
 * entry each view and export writes. PREF_STAFF reads the ledger without the contacts (personal data).
 */
@MusubiSpringBootTest
class LedgerPagesTest {

    private static final String MEMBER = "nasuno-denshi";
    private static final String CONTACT_MAIL = "sato@nasuno-denshi.example.jp";
    private static final String CONTACT_NAME = "佐藤 健一";
    private static final String ADDED_MAIL = "ledger-test-added@nasuno-denshi.example.jp";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeAddedContacts() {
        jdbc.sql("DELETE FROM organization_contact WHERE email = ?").param(ADDED_MAIL).update();
        jdbc.sql("UPDATE organization SET newsletter_opt_in = TRUE WHERE org_key = ?").param(MEMBER).update();
    }

    @Test
    void searchFiltersByKindStatusJoinDateAndField() throws Exception {
        String all = html(get("/admin/members"), "secretariat");
        assertThat(all).contains("株式会社那須野電子").contains("株式会社二荒インフラテック");
        // Contacts are on the member's page only, never in the list.
        assertThat(all).doesNotContain(CONTACT_MAIL);

        String field = html(get("/admin/members").param("field", "農業").param("kind", "COMPANY").param("status", "active")
                .param("from", "2026-05-01").param("to", "2026-05-15"), "pref");
        assertThat(field).contains("株式会社那須野電子").doesNotContain("株式会社二荒インフラテック");
        assertThat(html(get("/admin/members").param("status", "withdrawn").param("q", "那須野"), "pref"))
                .contains("該当する会員はいません。");
    }

    @Test
    void theSecretariatSeesContactsAndEachViewIsAudited() throws Exception {
        long before = audits("secretariat", "PERSONAL_DATA_VIEW", "member:" + MEMBER);
        String page = html(get("/admin/members/" + MEMBER), "secretariat");
        assertThat(page).contains(CONTACT_NAME).contains(CONTACT_MAIL).contains("028-000-1234")
                .contains("変更履歴").contains("LPWA");
        assertThat(audits("secretariat", "PERSONAL_DATA_VIEW", "member:" + MEMBER)).isEqualTo(before + 1);
    }

    @Test
    void thePrefectureReadsTheLedgerWithoutContactsAndEachViewIsAudited() throws Exception {
        long before = audits("pref", "RECORD_VIEW", "member:" + MEMBER);
        String page = html(get("/admin/members/" + MEMBER), "pref");
        assertThat(page).contains("株式会社那須野電子").contains("担当者の個人情報は事務局だけが見ることができます。")
                .doesNotContain(CONTACT_MAIL).doesNotContain(CONTACT_NAME).doesNotContain("028-000-1234")
                .doesNotContain("担当者を追加する");
        assertThat(audits("pref", "RECORD_VIEW", "member:" + MEMBER)).isEqualTo(before + 1);
        assertThat(audits("pref", "PERSONAL_DATA_VIEW", "member:" + MEMBER)).isZero();
    }

    @Test
    void theCsvExportHasABomAndTheContactsOnlyForTheSecretariat() throws Exception {
        long before = audits("secretariat", "PERSONAL_DATA_EXPORT", "ledger");
        byte[] csv = bytes(get("/admin/members/export.csv"), "secretariat");
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = parse(csv);
        assertThat(records.get(0).toList()).startsWith("会員番号", "会員名", "種別", "状態", "入会日", "退会日", "活用分野", "メール配信",
                "担当者1氏名", "担当者1メール", "担当者1電話");
        CSVRecord nasuno = records.stream().filter(r -> r.get(0).equals(MEMBER)).findFirst().orElseThrow();
        assertThat(nasuno.toList()).contains("株式会社那須野電子", "企業", "会員", "2026-05-12", "防災、農業、製造", "する",
                CONTACT_NAME, CONTACT_MAIL, "028-000-1234");
        assertThat(audits("secretariat", "PERSONAL_DATA_EXPORT", "ledger")).isEqualTo(before + 1);

        long prefBefore = audits("pref", "RECORD_EXPORT", "ledger");
        byte[] prefCsv = bytes(get("/admin/members/export.csv"), "pref");
        List<CSVRecord> prefRecords = parse(prefCsv);
        assertThat(prefRecords.get(0).toList()).containsExactly("会員番号", "会員名", "種別", "状態", "入会日", "退会日", "活用分野", "メール配信");
        String text = new String(prefCsv, StandardCharsets.UTF_8);
        assertThat(text).contains("株式会社那須野電子").doesNotContain("@").doesNotContain(CONTACT_NAME).doesNotContain("028-000-1234");
        assertThat(audits("pref", "RECORD_EXPORT", "ledger")).isEqualTo(prefBefore + 1);
    }

    @Test
    void theXlsxExportIsReadBackWithPoiAndHoldsContactsOnlyForTheSecretariat() throws Exception {
        long before = audits("secretariat", "PERSONAL_DATA_EXPORT", "ledger");
        List<List<String>> rows = sheet(bytes(get("/admin/members/export.xlsx"), "secretariat"));
        assertThat(rows.get(0)).startsWith("会員番号", "会員名").contains("担当者1メール");
        List<String> nasuno = rows.stream().filter(r -> r.get(0).equals(MEMBER)).findFirst().orElseThrow();
        assertThat(nasuno).contains("株式会社那須野電子", CONTACT_MAIL, "2026-05-12");
        assertThat(audits("secretariat", "PERSONAL_DATA_EXPORT", "ledger")).isEqualTo(before + 1);

        long prefBefore = audits("pref", "RECORD_EXPORT", "ledger");
        List<List<String>> prefRows = sheet(bytes(get("/admin/members/export.xlsx"), "pref"));
        assertThat(prefRows.get(0)).hasSize(8).doesNotContain("担当者1メール");
        assertThat(prefRows.stream().flatMap(List::stream)).noneMatch(cell -> cell.contains("@") || cell.contains(CONTACT_NAME));
        assertThat(audits("pref", "RECORD_EXPORT", "ledger")).isEqualTo(prefBefore + 1);
    }

    @Test
    void theSecretariatAddsAContactAndAStaleEditIsRefusedWithNothingStored() throws Exception {
        html(get("/admin/members/" + MEMBER), "secretariat");
        long version = version();
        long contacts = contacts();

        MockHttpServletResponse stale = mvc.perform(post("/admin/members/" + MEMBER + "/contacts").with(csrf()).with(user(staff("secretariat")))
                .param("version", String.valueOf(version - 1)).param("personName", "追加 花子").param("email", ADDED_MAIL))
                .andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(HtmlUtils.htmlUnescape(stale.getContentAsString())).contains("ほかの人が変更しました。保存していません。");
        assertThat(contacts()).isEqualTo(contacts);
        assertThat(version()).isEqualTo(version);

        MockHttpServletResponse invalid = mvc.perform(post("/admin/members/" + MEMBER + "/contacts").with(csrf()).with(user(staff("secretariat")))
                .param("version", String.valueOf(version)).param("personName", "").param("email", "not-an-address"))
                .andReturn().getResponse();
        assertThat(invalid.getStatus()).isEqualTo(422);
        assertThat(invalid.getContentAsString()).contains("氏名を入力してください");
        assertThat(contacts()).isEqualTo(contacts);
        assertThat(version()).isEqualTo(version);

        long changes = audits("secretariat", "PERSONAL_DATA_CHANGE", "member:" + MEMBER);
        MockHttpServletResponse added = mvc.perform(post("/admin/members/" + MEMBER + "/contacts").with(csrf()).with(user(staff("secretariat")))
                .param("version", String.valueOf(version)).param("personName", "追加 花子").param("email", ADDED_MAIL).param("phone", "028-111-2222"))
                .andReturn().getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(contacts()).isEqualTo(contacts + 1);
        assertThat(version()).isEqualTo(version + 1);
        assertThat(audits("secretariat", "PERSONAL_DATA_CHANGE", "member:" + MEMBER)).isEqualTo(changes + 1);
        String page = html(get("/admin/members/" + MEMBER), "secretariat");
        assertThat(page).contains(ADDED_MAIL).contains("担当者を追加しました。");

        MockHttpServletResponse optOut = mvc.perform(post("/admin/members/" + MEMBER + "/newsletter").with(csrf()).with(user(staff("secretariat")))
                .param("version", String.valueOf(version + 1)).param("optIn", "no")).andReturn().getResponse();
        assertThat(optOut.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT newsletter_opt_in FROM organization WHERE org_key = ?").param(MEMBER).query(Boolean.class).single()).isFalse();
        assertThat(html(get("/admin/members/" + MEMBER), "pref")).contains("メール配信：する → しない");
    }

    @Test
    void thePrefectureCannotChangeAnything() throws Exception {
        long contacts = contacts();
        MockHttpServletResponse response = mvc.perform(post("/admin/members/" + MEMBER + "/contacts").with(csrf()).with(user(staff("pref")))
                .param("version", String.valueOf(version())).param("personName", "追加 花子").param("email", ADDED_MAIL))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(contacts()).isEqualTo(contacts);
    }

    @Test
    void anUnknownMemberIs404InJapanese() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/admin/members/no-such-member").with(user(staff("secretariat"))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("指定された会員は会員管理簿にありません。");
    }

    private long version() {
        return jdbc.sql("SELECT version FROM ledger_member WHERE organization_key = ?").param(MEMBER).query(Long.class).single();
    }

    private long contacts() {
        return jdbc.sql("SELECT COUNT(*) FROM organization_contact c JOIN organization o ON o.id = c.organization_id WHERE o.org_key = ?")
                .param(MEMBER).query(Long.class).single();
    }

    private long audits(String actor, String action, String target) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = ? AND target = ?")
                .params(actor, action, target).query(Long.class).single();
    }

    private UserDetails staff(String username) {
        return accounts.loadUserByUsername(username);
    }

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String username) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user(staff(username)))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }

    private byte[] bytes(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String username) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user(staff(username)))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains("attachment");
        return response.getContentAsByteArray();
    }

    private static List<CSVRecord> parse(byte[] csv) throws Exception {
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3), StandardCharsets.UTF_8),
                CSVFormat.EXCEL)) {
            return parser.getRecords();
        }
    }

    private static List<List<String>> sheet(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("会員管理簿");
            org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}

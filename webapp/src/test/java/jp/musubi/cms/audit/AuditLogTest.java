package jp.musubi.cms.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZonedDateTime;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** The audit log: its search page (ADMIN), the 5-year retention and its purge, and role changes recorded. */
@MusubiSpringBootTest
class AuditLogTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditPurgeJob purge;
    @Autowired
    AuditLog audit;
    @Autowired
    Clock clock;

    @AfterEach
    void restoreRoles() {
        jdbc.sql("DELETE FROM account_role WHERE account_id = (SELECT id FROM account WHERE username = 'editor')").update();
        jdbc.sql("INSERT INTO account_role (account_id, role) SELECT id, 'EDITOR' FROM account WHERE username = 'editor'").update();
        jdbc.sql("DELETE FROM audit_entry WHERE target LIKE 'audit-test:%'").update();
    }

    @Test
    void theAdministratorSearchesByActorActionTargetAndDayAndSeesWhereFrom() throws Exception {
        audit.record("audit-tester", AuditAction.PERSONAL_DATA_VIEW, "audit-test:one", "テストの閲覧", "192.0.2.10");
        audit.record("audit-tester", AuditAction.PERSONAL_DATA_EXPORT, "audit-test:two", "テストの出力", "192.0.2.11");
        String today = JapaneseTimes.today(clock).toString();

        String page = page("/admin/audit?actor=audit-tester&action=PERSONAL_DATA_VIEW&target=audit-test&from=" + today + "&to=" + today);
        assertThat(page).contains("監査ログ").contains("記録（1件）").contains("テストの閲覧").contains("192.0.2.10")
                .contains("個人情報の閲覧").doesNotContain("テストの出力");
        assertThat(page("/admin/audit?actor=audit-tester&to=2000-01-01")).contains("該当する記録はありません。");
        assertThat(page("/admin/audit?from=yesterday")).contains("日付は 2026-12-01 の形で入力してください。");

        MockHttpServletResponse secretariat = mvc.perform(get("/admin/audit").with(user(accounts.loadUserByUsername("secretariat"))))
                .andReturn().getResponse();
        assertThat(secretariat.getStatus()).isEqualTo(403);
    }

    @Test
    void entriesOlderThanFiveYearsArePurgedAndThePurgeIsRecorded() {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(JapaneseTimes.ZONE));
        insert("audit-test:old", now.minusYears(5).minusDays(2));
        insert("audit-test:kept", now.minusYears(5).plusDays(2));

        int deleted = purge.purge();

        assertThat(deleted).isGreaterThanOrEqualTo(1);
        assertThat(count("audit-test:old")).isZero();
        assertThat(count("audit-test:kept")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = 'system' AND action = 'PURGE'").query(Long.class).single())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void aRoleChangeIsRecordedWithTheOldAndNewRoles() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'ROLE_CHANGE' AND target = 'account:editor'")
                .query(Long.class).single();
        MockHttpServletResponse response = mvc.perform(post("/admin/accounts/editor/roles").with(csrf())
                .with(user(accounts.loadUserByUsername("admin"))).param("roles", "EDITOR", "SECRETARIAT")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(accounts.findByUsername("editor").orElseThrow().roles()).hasSize(2);
        String detail = jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'ROLE_CHANGE' AND target = 'account:editor' ORDER BY id DESC LIMIT 1")
                .query(String.class).single();
        assertThat(detail).isEqualTo("役割：編集者 → 事務局、編集者");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'ROLE_CHANGE' AND target = 'account:editor'")
                .query(Long.class).single()).isEqualTo(before + 1);

        MockHttpServletResponse none = mvc.perform(post("/admin/accounts/editor/roles").with(csrf())
                .with(user(accounts.loadUserByUsername("admin")))).andReturn().getResponse();
        assertThat(none.getStatus()).isEqualTo(422);
        assertThat(HtmlUtils.htmlUnescape(none.getContentAsString())).contains("役割を1つ以上選んでください。変更していません。");
        assertThat(accounts.findByUsername("editor").orElseThrow().roles()).hasSize(2);
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user(accounts.loadUserByUsername("admin")))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }

    private void insert(String target, ZonedDateTime at) {
        jdbc.sql("INSERT INTO audit_entry (occurred_at, actor, action, target) VALUES (?, 'audit-tester', 'PERSONAL_DATA_VIEW', ?)")
                .params(Timestamp.from(at.toInstant()), target).update();
    }

    private long count(String target) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE target = ?").param(target).query(Long.class).single();
    }
}

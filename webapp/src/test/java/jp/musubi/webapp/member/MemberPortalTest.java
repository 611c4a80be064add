package jp.musubi.webapp.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** The member portal shows a member only their own organization's proposals, and keeps typed input on errors. */
@MusubiSpringBootTest
class MemberPortalTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private Long caseId;

    @AfterEach
    void removeCase() {
        if (caseId != null) {
            jdbc.sql("DELETE FROM proposal WHERE issue_case_id = ?").param(caseId).update();
            jdbc.sql("DELETE FROM issue_case WHERE id = ?").param(caseId).update();
        }
    }

    @Test
    void aMemberSeesOnlyTheirOwnOrganizationsProposalsAndOutcome() throws Exception {
        caseId = issueCase("zz-portal-" + System.nanoTime());
        proposal(caseId, "nasuno-denshi", "那須野電子の自社提案", "SELECTED");
        proposal(caseId, "futara-infratech", "他社の提案タイトル", "SUBMITTED");

        String html = mvc.perform(get("/member").with(user(member()))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("株式会社那須野電子").contains("那須野電子の自社提案").contains("選定")
                .doesNotContain("他社の提案タイトル");
    }

    @Test
    void aProposalToAnIssueNotOpenForProposalsIsRefusedInJapanese() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/member/proposals/new")
                .param("issue", "nikko-tourism-congestion").with(user(member()))).andReturn().getResponse();
        // Published in the demo data; its case is past the call for proposals (選定中).
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentAsString()).contains("この課題は現在、提案を受け付けていません");

        MockHttpServletResponse post = mvc.perform(post("/member/proposals").with(csrf()).with(user(member()))
                .param("issue", "no-such-issue").param("title", "タイトル").param("summary", "概要"))
                .andReturn().getResponse();
        assertThat(post.getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM proposal WHERE title = 'タイトル' AND summary = '概要'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void aProposalWithErrorsKeepsWhatWasTyped() throws Exception {
        String issue = "zz-portal-errors-" + System.nanoTime();
        caseId = issueCase(issue);
        // The case's page is not published: the site does not show it, so the portal does not take proposals.
        MockHttpServletResponse response = mvc.perform(post("/member/proposals").with(csrf()).with(user(member()))
                .param("issue", issue).param("title", "").param("summary", "入力した概要は残ります"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM proposal WHERE issue_case_id = ?").param(caseId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void profileChangeAndWithdrawalRequestsShowErrorsAndKeepTheInput() throws Exception {
        String profile = mvc.perform(get("/member/profile").with(user(member()))).andReturn().getResponse()
                .getContentAsString();
        assertThat(profile).contains("プロフィールの変更申請").contains("大田原市に本社を置く電子機器メーカーです。")
                // The published description comes back as plain text, so a change request does not empty it.
                .contains("1987年の創業以来").doesNotContain("&lt;p&gt;");

        MockHttpServletResponse refused = mvc.perform(post("/member/profile").with(csrf()).with(user(member()))
                .param("summary", "").param("city", "日光市").param("url", "javascript:alert(1)"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("概要を入力してください。").contains("value=\"日光市\"")
                .contains("href=\"#field-summary\"");

        MockHttpServletResponse withdrawal = mvc.perform(post("/member/withdrawal").with(csrf()).with(user(member()))
                .param("reason", "事業の見直しのため")).andReturn().getResponse();
        assertThat(withdrawal.getStatus()).isEqualTo(400);
        assertThat(withdrawal.getContentAsString()).contains("確認するチェックを入れてください").contains("事業の見直しのため");
    }

    private UserDetails member() {
        return accounts.loadUserByUsername("member");
    }

    private long issueCase(String pageName) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO issue_case (title, municipality, department, summary, submitter_username, submitter_name,
                    submitter_email, status, page_name, proposal_deadline, extension_count, created_at, updated_at)
                VALUES ('ポータル確認用の課題', 'utsunomiya', '課', '概要', 'municipal', '市町 担当', 'municipal@demo.example.jp',
                    'RECRUITING', ?, ?, 0, ?, ?)""")
                .params(pageName, Date.valueOf(LocalDate.now().plusDays(10)), Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private void proposal(long caseId, String organizationKey, String title, String status) {
        jdbc.sql("""
                INSERT INTO proposal (issue_case_id, organization_id, organization_name, contact_name, contact_email,
                    title, summary, status, submitted_by, submitted_at)
                SELECT ?, id, name, '担当', 'tanto@example.jp', ?, '概要', ?, 'member', ? FROM organization WHERE org_key = ?""")
                .params(caseId, title, status, Timestamp.from(Instant.now()), organizationKey).update();
    }
}

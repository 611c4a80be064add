package jp.musubi.webapp.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 会員登録して提案 ({@code /propose}): a non-member's proposal and membership application sent in one
 * public form — input, confirmation, completion; refusals keep the input and store nothing; honeypot and
 * rate limit as on the other public forms.
 */
@MusubiSpringBootTest
class ProposalWithRegistrationFormTest {

    /** Published as 募集中 in the demo data; each test opens a case of the process for it. */
    private static final String ISSUE = "nasushiobara-water-pipe-aging";
    /** Own addresses, apart from SiteFormsTest's, so the per-address rate limits never meet. */
    private static final AtomicInteger ADDRESS = new AtomicInteger(10);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long caseId;
    private String title;

    @BeforeEach
    void openCall() {
        title = "漏水検知の提案-" + UUID.randomUUID();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO issue_case (title, municipality, department, summary, submitter_username, submitter_name,
                    submitter_email, status, page_name, proposal_deadline, extension_count, created_at, updated_at)
                VALUES ('提案フォーム確認用の課題', 'utsunomiya', '課', '概要', 'municipal', '市町 担当', 'municipal@demo.example.jp',
                    'RECRUITING', ?, ?, 0, ?, ?)""")
                .params(ISSUE, Date.valueOf(LocalDate.now().plusDays(10)), Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now()))
                .update(keys, "id");
        caseId = keys.getKeyAs(Number.class).longValue();
    }

    @AfterEach
    void closeCall() {
        jdbc.sql("DELETE FROM proposal WHERE issue_case_id = ?").param(caseId).update();
        jdbc.sql("DELETE FROM issue_case WHERE id = ?").param(caseId).update();
    }

    @Test
    void theIssuePageLeadsANonMemberToTheCombinedFormWithTheIssueChosen() throws Exception {
        String issue = page(get("/issues/" + ISSUE));
        assertThat(issue).contains("href=\"/propose?issue=" + ISSUE + "\"").contains("会員登録して提案する")
                .contains("href=\"/member/proposals/new?issue=" + ISSUE + "\"");

        String form = page(get("/propose").param("issue", ISSUE));
        assertThat(form).contains("会員登録して提案する").contains("name=\"proposalTitle\"").contains("name=\"proposalSummary\"")
                .contains("name=\"loginId\"").contains("name=\"contactPhone\"").contains("name=\"homepage\"")
                .containsPattern("<option value=\"" + ISSUE + "\"[^>]*selected");
    }

    @Test
    void aNonMemberProposesAndAppliesThroughConfirmationAndBothAreStored() throws Exception {
        String loginId = loginId();
        Map<String, String> values = values(loginId);

        MockHttpServletResponse confirm = send("/propose/confirm", values, nextAddress());
        assertThat(confirm.getStatus()).isEqualTo(200);
        assertThat(body(confirm)).contains(title).contains("株式会社テスト漏水").contains("送信する");
        assertThat(countProposals()).isZero();

        MockHttpServletResponse sent = send("/propose/submit", values, nextAddress());
        assertThat(sent.getRedirectedUrl()).isEqualTo("/propose/done");
        Map<String, Object> proposal = jdbc.sql("""
                SELECT p.status, p.organization_id, p.organization_name, a.login_id, a.status AS application_status
                FROM proposal p JOIN membership_application a ON a.id = p.membership_application_id
                WHERE p.issue_case_id = ? AND p.title = ?""").params(caseId, title).query().singleRow();
        assertThat(proposal).containsEntry("STATUS", "WAITING_FOR_REGISTRATION").containsEntry("ORGANIZATION_ID", null)
                .containsEntry("ORGANIZATION_NAME", "株式会社テスト漏水").containsEntry("LOGIN_ID", loginId)
                .containsEntry("APPLICATION_STATUS", "SUBMITTED");

        // The done page reads the flash attribute the submit stored in the visitor's (database) session.
        String done = page(get("/propose/done").cookie(sent.getCookies()));
        assertThat(done).contains("提案と会員登録のお申し込みを受け付けました。");
    }

    @Test
    void badInputIsRefusedInJapaneseWithTheInputKeptAndNothingStored() throws Exception {
        String loginId = loginId();
        Map<String, String> values = values(loginId);
        values.put("proposalTitle", "");
        values.put("contactEmail", "メールではない");
        values.remove("agreement");

        MockHttpServletResponse refused = send("/propose/submit", values, nextAddress());
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(body(refused)).contains("提案のタイトルを入力してください。").contains("href=\"#field-proposalTitle\"")
                .contains("利用規約とプライバシーポリシーに同意するにチェックを入れてください。")
                .contains("value=\"株式会社テスト漏水\"").contains("漏水をセンサーで検知します。");
        assertThat(countProposals()).isZero();
        assertThat(countApplications(loginId)).isZero();

        // Refused by the service (the demo member's login ID is taken): neither the proposal nor the application.
        Map<String, String> taken = values(loginId);
        taken.put("loginId", "member");
        MockHttpServletResponse byService = send("/propose/submit", taken, nextAddress());
        assertThat(byService.getStatus()).isEqualTo(400);
        assertThat(body(byService)).contains("ログインID「member」は既に使われています。").contains("value=\"" + title + "\"");
        assertThat(countProposals()).isZero();

        // An issue not open for proposals is no choice.
        Map<String, String> closed = values(loginId);
        closed.put("issue", "no-such-issue");
        MockHttpServletResponse notOpen = send("/propose/submit", closed, nextAddress());
        assertThat(notOpen.getStatus()).isEqualTo(400);
        assertThat(body(notOpen)).contains("提案する課題は一覧から選んでください。");
        assertThat(countProposals()).isZero();
        assertThat(countApplications(loginId)).isZero();
    }

    @Test
    void aFilledHoneypotIsThankedButNothingIsStored() throws Exception {
        Map<String, String> values = values(loginId());
        values.put("homepage", "http://spam.example.com/");
        assertThat(send("/propose/submit", values, nextAddress()).getRedirectedUrl()).isEqualTo("/propose/done");
        assertThat(countProposals()).isZero();
    }

    @Test
    void tooManySendsFromOneAddressAreRefusedWithTheValuesKept() throws Exception {
        String address = nextAddress();
        for (int i = 0; i < 5; i++) {
            // Refused by the service (taken login ID): still counted, so the limit also stops probing.
            Map<String, String> probe = values("member");
            assertThat(send("/propose/submit", probe, address).getStatus()).isEqualTo(400);
        }
        Map<String, String> values = values(loginId());
        MockHttpServletResponse refused = send("/propose/submit", values, address);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(body(refused)).contains("しばらく時間をおいてから").contains("value=\"" + title + "\"");
        assertThat(countProposals()).isZero();
    }

    private Map<String, String> values(String loginId) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("issue", ISSUE);
        values.put("proposalTitle", title);
        values.put("proposalSummary", "漏水をセンサーで検知します。");
        values.put("organizationName", "株式会社テスト漏水");
        values.put("kind", "COMPANY");
        values.put("summary", "水道設備のセンサーを開発しています。");
        values.put("contactName", "提案 太郎");
        values.put("contactEmail", "taro@test-rousui.example.jp");
        values.put("contactPhone", "028-000-2222");
        values.put("loginId", loginId);
        values.put("agreement", "yes");
        return values;
    }

    private static String loginId() {
        return "prop-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long countProposals() {
        return jdbc.sql("SELECT COUNT(*) FROM proposal WHERE issue_case_id = ?").param(caseId).query(Long.class).single();
    }

    private long countApplications(String loginId) {
        return jdbc.sql("SELECT COUNT(*) FROM membership_application WHERE login_id = ?").param(loginId)
                .query(Long.class).single();
    }

    private static String nextAddress() {
        return "10.1.0." + ADDRESS.incrementAndGet();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return body(response);
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse send(String path, Map<String, String> values, String address) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        for (Map.Entry<String, String> entry : values.entrySet()) {
            request = request.param(entry.getKey(), entry.getValue());
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}

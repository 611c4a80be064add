package jp.musubi.webapp.municipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.issuecase.NewIssue;
import jp.musubi.workflow.issuecase.ParticipationAnswer;
import jp.musubi.workflow.issuecase.ParticipationIntent;
import jp.musubi.workflow.issuecase.ParticipationIntents;
import jp.musubi.workflow.issuecase.Proposal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * What municipalities do around a case: 課題募集 rounds mailed to every municipal account, other
 * municipalities' participation intent (mailed request, answer, shown in the secretariat's task),
 * and the matched partners' contacts with the follow-up records, for the issue's municipality only.
 */
@MusubiSpringBootTest
class MunicipalParticipationAndMatchingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IssueCases issueCases;
    @Autowired
    ParticipationIntents intents;
    @Autowired
    MunicipalTestCases cases;

    @Test
    void aRoundIsRegisteredAnnouncedToEveryMunicipalAccountOnceAndBadDatesAreRefused() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String title = "令和8年度 第3回 課題募集 " + System.nanoTime();
        MockHttpServletResponse refused = mvc.perform(post("/admin/issue-rounds").with(as("pref")).with(csrf())
                .param("title", title).param("opensOn", today.plusDays(5).toString()).param("closesOn", today.toString())
                .param("guidance", "案内")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("受付終了日は受付開始日以降の日付にしてください。");
        assertThat(rounds(title)).isZero();

        assertThat(mvc.perform(post("/admin/issue-rounds").with(as("secretariat")).with(csrf()).param("title", title)
                .param("opensOn", today.plusDays(30).toString()).param("closesOn", today.plusDays(60).toString())
                .param("guidance", "各市町の課題をお寄せください。")).andReturn().getResponse().getStatus()).isEqualTo(302);
        long id = jdbc.sql("SELECT id FROM issue_round WHERE title = ?").param(title).query(Long.class).single();
        String list = mvc.perform(get("/admin/issue-rounds").with(as("pref"))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains(HtmlUtils.htmlEscape(title)).contains("受付前").contains("0 件");

        long municipalAccounts = accounts.list().stream()
                .filter(a -> a.enabled() && a.roles().contains(Role.MUNICIPAL_STAFF) && a.email() != null).count();
        assertThat(mvc.perform(post("/admin/issue-rounds/" + id + "/announce").with(as("pref")).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        List<String> recipients = jdbc.sql("SELECT recipient FROM mail_outbox WHERE kind = 'issue-round-opened' AND subject LIKE ?")
                .param("%" + title + "%").query(String.class).list();
        assertThat(recipients).hasSize((int) municipalAccounts).contains("municipal@demo.example.jp", "municipal-kanuma@demo.example.jp")
                .doesNotContain("pref@demo.example.jp", "member@demo.example.jp");
        MockHttpServletResponse again = mvc.perform(post("/admin/issue-rounds/" + id + "/announce").with(as("pref")).with(csrf()))
                .andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(again.getContentAsString()).contains("すでにお知らせ済みです");
        jdbc.sql("DELETE FROM issue_round WHERE id = ?").param(id).update();
    }

    @Test
    void otherMunicipalitiesAreAskedAnswerBeforeTheDeadlineAndTheSecretariatsTaskShowsEveryAnswer() throws Exception {
        String title = "観光案内の多言語化（参加意向 " + System.nanoTime() + "）";
        long caseId = issueCases.submit(new NewIssue(title, "utsunomiya", "観光交流課", "観光案内の多言語化が課題です。",
                "municipal", "宇都 花子", "hanako@city-utsunomiya.example.jp"));
        cases.handled(caseId, null);
        cases.selected(caseId);

        List<String> asked = jdbc.sql("SELECT recipient FROM mail_outbox WHERE kind = 'participation-request' AND subject LIKE ?")
                .param("%" + title + "%").query(String.class).list();
        assertThat(asked).contains("municipal-kanuma@demo.example.jp", "municipal-nikko@demo.example.jp")
                .doesNotContain("municipal@demo.example.jp");

        String page = mvc.perform(get("/municipal/participation").with(as("municipal-kanuma"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains(HtmlUtils.htmlEscape(title)).contains("宇都宮市 観光交流課").contains("まだ回答していません");
        assertThat(mvc.perform(get("/municipal/participation").with(as("municipal"))).andReturn().getResponse()
                .getContentAsString()).doesNotContain(HtmlUtils.htmlEscape(title));

        MockHttpServletResponse noAnswer = mvc.perform(post("/municipal/participation/" + caseId).with(as("municipal-kanuma"))
                .with(csrf()).param("comment", "庁内で確認中")).andReturn().getResponse();
        assertThat(noAnswer.getStatus()).isEqualTo(400);
        assertThat(noAnswer.getContentAsString()).contains("参加意向を「参加する」「参加しない」「検討中」から選んでください。")
                .contains("庁内で確認中");
        assertThat(intents.list(caseId)).isEmpty();
        MockHttpServletResponse own = mvc.perform(post("/municipal/participation/" + caseId).with(as("municipal"))
                .with(csrf()).param("answer", "JOIN")).andReturn().getResponse();
        assertThat(own.getStatus()).isEqualTo(400);
        assertThat(intents.list(caseId)).isEmpty();

        assertThat(mvc.perform(post("/municipal/participation/" + caseId).with(as("municipal-kanuma")).with(csrf())
                .param("answer", "CONSIDERING").param("comment", "庁内で確認中")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(post("/municipal/participation/" + caseId).with(as("municipal-nikko")).with(csrf())
                .param("answer", "JOIN").param("comment", "同じ課題があります")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(intents.list(caseId)).extracting(ParticipationIntent::municipality, ParticipationIntent::answer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("kanuma", ParticipationAnswer.CONSIDERING),
                        org.assertj.core.groups.Tuple.tuple("nikko", ParticipationAnswer.JOIN));

        cases.participationClosed(caseId);
        MockHttpServletResponse late = mvc.perform(post("/municipal/participation/" + caseId).with(as("municipal-kanuma"))
                .with(csrf()).param("answer", "DECLINE")).andReturn().getResponse();
        assertThat(late.getStatus()).isEqualTo(400);
        assertThat(late.getContentAsString()).contains("参加意向の受付期間ではありません");
        assertThat(intents.list(caseId).get(0).answer()).isEqualTo(ParticipationAnswer.CONSIDERING);

        String task = mvc.perform(get("/inbox/tasks/" + cases.task(caseId, "draftIssuePage")).with(as("secretariat")))
                .andReturn().getResponse().getContentAsString();
        assertThat(task).contains("参加意向（鹿沼市）").contains("検討中（庁内で確認中）")
                .contains("参加意向（日光市）").contains("参加する（同じ課題があります）");
    }

    @Test
    void theMatchedMunicipalitySeesTheCompanysContactAndRecordsTheConsultationOthersSeeNothing() throws Exception {
        String title = "観光案内の多言語化（マッチング " + System.nanoTime() + "）";
        long caseId = issueCases.submit(new NewIssue(title, "utsunomiya", "観光交流課", "観光案内の多言語化が課題です。",
                "municipal", "宇都 花子", "hanako@city-utsunomiya.example.jp"));
        cases.handled(caseId, "進めます。");
        cases.selected(caseId);
        cases.participationClosed(caseId);
        Proposal proposal = cases.matched(caseId, "株式会社多言語ラボ", "多言 語郎", "gorou@tagengo.example.jp");

        String page = mvc.perform(get("/municipal/issues/" + caseId).with(as("municipal"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("<strong id=\"current-step\">マッチング済</strong>").contains("株式会社多言語ラボ")
                .contains("多言 語郎").contains("gorou@tagengo.example.jp").contains("取扱判断：本プラットフォームで取り扱います")
                .contains("進めます。").contains("1 件");
        MockHttpServletResponse other = mvc.perform(get("/municipal/issues/" + caseId).with(as("municipal-kanuma")))
                .andReturn().getResponse();
        assertThat(other.getStatus()).isEqualTo(404);
        assertThat(other.getContentAsString()).doesNotContain("多言 語郎").doesNotContain("gorou@tagengo.example.jp");
        MockHttpServletResponse foreignRecord = mvc.perform(post("/municipal/issues/" + caseId + "/followups")
                .with(as("municipal-kanuma")).with(csrf()).param("proposalId", Long.toString(proposal.id()))
                .param("kind", "CONSULTATION_STARTED")).andReturn().getResponse();
        assertThat(foreignRecord.getStatus()).isIn(400, 404);
        assertThat(followups(caseId)).isZero();

        MockHttpServletResponse noKind = mvc.perform(post("/municipal/issues/" + caseId + "/followups").with(as("municipal"))
                .with(csrf()).param("proposalId", Long.toString(proposal.id()))).andReturn().getResponse();
        assertThat(noKind.getStatus()).isEqualTo(400);
        assertThat(noKind.getContentAsString()).contains("記録する内容を選んでください。");
        assertThat(followups(caseId)).isZero();

        assertThat(mvc.perform(post("/municipal/issues/" + caseId + "/followups").with(as("municipal")).with(csrf())
                .param("proposalId", Long.toString(proposal.id())).param("kind", "CONSULTATION_STARTED")
                .param("note", "初回打合せを実施")).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get("/municipal/issues/" + caseId).with(as("municipal"))).andReturn().getResponse()
                .getContentAsString()).contains("<dt>個別協議を開始した</dt>").contains("初回打合せを実施");
        assertThat(followups(caseId)).isOne();
    }

    private long followups(long caseId) {
        return jdbc.sql("SELECT COUNT(*) FROM municipal_followup WHERE issue_case_id = ?").param(caseId).query(Long.class).single();
    }

    private long rounds(String title) {
        return jdbc.sql("SELECT COUNT(*) FROM issue_round WHERE title = ?").param(title).query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }
}

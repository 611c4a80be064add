package jp.musubi.webapp.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.content.ContentService;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.IssueCaseStatus;
import jp.musubi.workflow.issuecase.IssuePages;
import jp.musubi.workflow.issuecase.Proposal;
import jp.musubi.workflow.issuecase.ProposalStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** The inbox forms of 課題ページ作成, 提案審査 and ソリューション選定会議. */
@MusubiSpringBootTest
class InboxCaseFormsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    InboxTestCases cases;

    @Autowired
    ContentService content;

    private MockHttpServletResponse as(String who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(accounts.loadUserByUsername(who))).with(csrf())).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void theIssuePageDraftRefusesBadInputKeepingItAndAValidDraftGoesToApprovalAndComesBackFilledIn() throws Exception {
        String title = InboxTestCases.uniqueTitle("課題ページ作成");
        IssueCase issueCase = cases.atPageDraft(title);
        String draft = cases.task(issueCase, "draftIssuePage").getId();

        String page = text(as("secretariat", get("/inbox/tasks/" + draft)));
        assertThat(page).contains("id=\"field-title\"", "value=\"" + title + "\"", "id=\"field-scope\"", ">共通課題</option>",
                "type=\"date\"");

        MockHttpServletResponse badDate = as("secretariat", post("/inbox/tasks/" + draft).param("title", "移動手段の確保")
                .param("summary", "高齢者の移動手段").param("background", "").param("currentSituation", "タクシー補助で対応。")
                .param("tags", "交通、高齢者").param("scope", "common").param("proposalDeadline", "2026-13-40"));
        assertThat(badDate.getStatus()).isEqualTo(422);
        assertThat(text(badDate)).contains("入力内容を確認してください", "背景を入力してください。",
                        "提案募集の締切日は正しい日付で入力してください（例：2026-12-01）。")
                .contains("href=\"#field-background\"", "href=\"#field-proposalDeadline\"")
                .containsPattern("id=\"field-background\"[^>]*aria-describedby=\"field-background-error")
                .contains("value=\"移動手段の確保\"", ">タクシー補助で対応。</textarea>", "value=\"交通、高齢者\"")
                .containsPattern("value=\"common\"\\s+selected");

        MockHttpServletResponse pastDate = as("secretariat", post("/inbox/tasks/" + draft).param("title", "移動手段の確保")
                .param("summary", "高齢者の移動手段").param("background", "路線バスが廃止された。")
                .param("currentSituation", "タクシー補助で対応。").param("scope", "nationwide")
                .param("proposalDeadline", today().toString()));
        assertThat(pastDate.getStatus()).isEqualTo(422);
        assertThat(text(pastDate)).contains("課題の性質を選んでください。");
        MockHttpServletResponse today = as("secretariat", post("/inbox/tasks/" + draft).param("title", "移動手段の確保")
                .param("summary", "高齢者の移動手段").param("background", "路線バスが廃止された。")
                .param("currentSituation", "タクシー補助で対応。").param("proposalDeadline", today().toString()));
        assertThat(today.getStatus()).isEqualTo(422);
        assertThat(text(today)).contains("提案募集の締切日には明日以降の日付を入力してください。", "href=\"#field-proposalDeadline\"");
        assertThat(cases.task(issueCase, "draftIssuePage")).isNotNull();
        assertThat(content.find(IssuePages.WORKSPACE, IssuePages.pageName(issueCase.id()))).isEmpty();

        LocalDate deadline = today().plusDays(30);
        MockHttpServletResponse valid = as("secretariat", post("/inbox/tasks/" + draft).param("title", "移動手段の確保")
                .param("summary", "高齢者の移動手段").param("background", "路線バスが廃止された。\n通院に困っている。\n\n買い物 <も> 不便。")
                .param("currentSituation", "タクシー補助で対応。").param("direction", "")
                .param("tags", "交通、高齢者, 福祉").param("scope", "wide-area").param("proposalDeadline", deadline.toString()));
        assertThat(valid.getStatus()).isEqualTo(302);
        assertThat(cases.task(issueCase, "draftIssuePage")).isNull();
        assertThat(cases.task(issueCase, "approveIssuePage")).isNotNull();
        assertThat(cases.reload(issueCase).status()).isEqualTo(IssueCaseStatus.PAGE_APPROVAL);
        Map<String, Object> stored = content.find(IssuePages.WORKSPACE, IssuePages.pageName(issueCase.id())).orElseThrow().properties();
        assertThat(stored.get("background")).asString().contains("路線バスが廃止された。", "通院に困っている。", "</p><p>",
                "&lt;も&gt;").doesNotContain("<も>");
        assertThat(stored).containsEntry("tags", List.of("交通", "高齢者", "福祉")).containsEntry("scope", "wide-area")
                .containsEntry("proposalDeadline", deadline.toString());

        // Returned by the prefecture: the form opens with the draft, ready to be corrected.
        assertThat(as("pref", post("/inbox/tasks/" + cases.task(issueCase, "approveIssuePage").getId())
                .param("approval", "return").param("comment", "背景を詳しく書いてください。")).getStatus()).isEqualTo(302);
        String again = text(as("secretariat", get("/inbox/tasks/" + cases.task(issueCase, "draftIssuePage").getId())));
        assertThat(again).contains("value=\"移動手段の確保\"", "value=\"交通、高齢者、福祉\"", "value=\"" + deadline + "\"")
                .containsPattern(">路線バスが廃止された。\\R通院に困っている。\\R\\R買い物 <も> 不便。</textarea>")
                .containsPattern("value=\"wide-area\"\\s+selected");
    }

    @Test
    void theProposalReviewNeedsAResultForEachProposalAndSendsTheChosenOnesToTheSelection() throws Exception {
        IssueCase issueCase = cases.atProposalReview(InboxTestCases.uniqueTitle("提案審査"), "株式会社審査A", "審査B合同会社");
        String review = cases.task(issueCase, "reviewProposals").getId();
        List<Proposal> proposals = cases.proposals(issueCase);
        assertThat(proposals).hasSize(2);
        Proposal first = proposals.get(0);
        Proposal second = proposals.get(1);

        String page = text(as("secretariat", get("/inbox/tasks/" + review)));
        assertThat(page).contains("「" + first.title() + "」（株式会社審査A・受付済み）", "「" + second.title() + "」（審査B合同会社・受付済み）",
                        "選定に進める", "対象外")
                .containsPattern("<legend>\\s*<span>「" + first.title())
                .doesNotContain(first.contactEmail(), second.contactEmail());

        MockHttpServletResponse oneMissing = as("secretariat", post("/inbox/tasks/" + review)
                .param("eligible[" + first.id() + "]", "yes").param("comment", "地域性を重視した。"));
        assertThat(oneMissing.getStatus()).isEqualTo(422);
        assertThat(text(oneMissing)).contains("提案「" + second.title() + "」の審査結果を選んでください。")
                .contains("href=\"#field-eligible-" + second.id() + "\"")
                .containsPattern("id=\"field-eligible-" + first.id() + "\"[^>]*checked")
                .contains(">地域性を重視した。</textarea>");
        MockHttpServletResponse noneChosen = as("secretariat", post("/inbox/tasks/" + review)
                .param("eligible[" + first.id() + "]", "no").param("eligible[" + second.id() + "]", "no"));
        assertThat(noneChosen.getStatus()).isEqualTo(422);
        assertThat(text(noneChosen)).contains("選定に進める提案を1件以上選んでください。");
        assertThat(cases.task(issueCase, "reviewProposals")).isNotNull();
        assertThat(cases.proposals(issueCase)).extracting(Proposal::status).containsOnly(ProposalStatus.SUBMITTED);

        MockHttpServletResponse valid = as("secretariat", post("/inbox/tasks/" + review)
                .param("eligible[" + first.id() + "]", "yes").param("eligible[" + second.id() + "]", "no"));
        assertThat(valid.getStatus()).isEqualTo(302);
        assertThat(cases.task(issueCase, "reviewProposals")).isNull();
        assertThat(cases.task(issueCase, "selectionHearing")).isNotNull();
        assertThat(cases.proposals(issueCase)).extracting(Proposal::status)
                .containsExactly(ProposalStatus.UNDER_SELECTION, ProposalStatus.EXCLUDED);
    }

    @Test
    void theSelectionMeetingNeedsADecisionForEachProposalUnderSelectionAndRecordsThem() throws Exception {
        IssueCase issueCase = cases.atSelectionMeeting(InboxTestCases.uniqueTitle("選定会議"), "株式会社選定C", "選定D株式会社");
        String meeting = cases.task(issueCase, "selectionMeeting").getId();
        List<Proposal> proposals = cases.proposals(issueCase);
        Proposal first = proposals.get(0);
        Proposal second = proposals.get(1);

        String page = text(as("pref", get("/inbox/tasks/" + meeting)));
        assertThat(page).contains("「" + first.title() + "」（株式会社選定C・選定中）", "「" + first.title() + "」の理由",
                "実証に向けた支援を行う", "会議の記録");

        MockHttpServletResponse oneMissing = as("pref", post("/inbox/tasks/" + meeting)
                .param("decisions[" + first.id() + "]", "selected").param("decisions[" + first.id() + "].reason", "費用対効果が高い。")
                .param("decisions[" + second.id() + "].reason", "検討中").param("demonstrationSupport", "true")
                .param("comment", "第1回選定会議"));
        assertThat(oneMissing.getStatus()).isEqualTo(422);
        assertThat(text(oneMissing)).contains("提案「" + second.title() + "」の選定結果を選んでください。")
                .contains("href=\"#field-decisions-" + second.id() + "\"")
                .containsPattern("id=\"field-decisions-" + first.id() + "\"[^>]*checked")
                .contains(">費用対効果が高い。</textarea>", ">検討中</textarea>", ">第1回選定会議</textarea>")
                .containsPattern("id=\"field-demonstrationSupport\"[^>]*checked");
        MockHttpServletResponse tooLong = as("pref", post("/inbox/tasks/" + meeting)
                .param("decisions[" + first.id() + "]", "selected").param("decisions[" + second.id() + "]", "notSelected")
                .param("decisions[" + second.id() + "].reason", "長".repeat(1001)));
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(text(tooLong)).contains("理由は1000文字以内で入力してください。", "href=\"#field-decisions-" + second.id() + "-reason\"");
        assertThat(cases.task(issueCase, "selectionMeeting")).isNotNull();
        assertThat(cases.proposals(issueCase)).extracting(Proposal::status).containsOnly(ProposalStatus.UNDER_SELECTION);

        MockHttpServletResponse valid = as("pref", post("/inbox/tasks/" + meeting)
                .param("decisions[" + first.id() + "]", "selected").param("decisions[" + first.id() + "].reason", "費用対効果が高い。")
                .param("decisions[" + second.id() + "]", "notSelected").param("demonstrationSupport", "true")
                .param("comment", "第1回選定会議"));
        assertThat(valid.getStatus()).isEqualTo(302);
        assertThat(cases.task(issueCase, "selectionMeeting")).isNull();
        assertThat(cases.task(issueCase, "demonstrationSupport")).isNotNull();
        assertThat(cases.proposals(issueCase)).extracting(Proposal::status)
                .containsExactly(ProposalStatus.SELECTED, ProposalStatus.NOT_SELECTED);
    }
}

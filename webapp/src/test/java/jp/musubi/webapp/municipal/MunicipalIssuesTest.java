package jp.musubi.webapp.municipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.webapp.support.MutableClock;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.NewAccount;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.IssueCaseStatus;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.issuecase.NewIssue;
import jp.musubi.workflow.municipal.IssueRounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * 課題の応募 as the municipal account uses it: draft with a related document, submission that starts
 * the case (取扱判断中), and each kind of bad input refused with a Japanese message and nothing stored.
 */
@MusubiSpringBootTest
class MunicipalIssuesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    IssueRounds rounds;
    @Autowired
    IssueCases issueCases;

    private Long roundId;

    @AfterEach
    void cleanUp() {
        clock.reset();
        if (roundId != null) {
            // An open round makes every other submission choose it: take it away again.
            jdbc.sql("UPDATE municipal_issue SET round_id = NULL WHERE round_id = ?").param(roundId).update();
            jdbc.sql("DELETE FROM issue_round WHERE id = ?").param(roundId).update();
        }
    }

    @Test
    void aSubmittedIssueStartsItsCaseWithTheAccountsMunicipalityAndShowsHandlingDecision() throws Exception {
        String title = unique("観光案内のデジタル化");
        var savedResult = mvc.perform(complete(newDraft(), title)
                .file(new MockMultipartFile("attachments", "観光客数.png", "image/png", png()))).andReturn();
        MockHttpServletResponse saved = savedResult.getResponse();
        assertThat(savedResult.getFlashMap().get("message").toString()).contains("下書きを保存しました");
        assertThat(saved.getStatus()).isEqualTo(302);
        String draftUrl = saved.getRedirectedUrl();
        assertThat(draftUrl).matches("/municipal/issues/drafts/\\d+");
        String draft = page(draftUrl);
        assertThat(draft).contains("観光客数.png").contains("この内容で応募する");
        assertThat(draft).contains("value=\"" + HtmlUtils.htmlEscape(title) + "\"");
        long draftId = Long.parseLong(draftUrl.substring(draftUrl.lastIndexOf('/') + 1));

        var submittedResult = mvc.perform(post(draftUrl + "/submit").param("version", "1")
                .with(municipal()).with(csrf())).andReturn();
        MockHttpServletResponse submitted = submittedResult.getResponse();
        assertThat(submittedResult.getFlashMap().get("message").toString()).isEqualTo("課題「" + title + "」を応募しました。県で取扱いを判断します。");
        assertThat(submitted.getStatus()).isEqualTo(302);
        long caseId = Long.parseLong(submitted.getRedirectedUrl().substring("/municipal/issues/".length()));
        IssueCase issueCase = issueCases.find(caseId).orElseThrow();
        assertThat(issueCase.municipality()).isEqualTo("utsunomiya");
        assertThat(issueCase.submitterUsername()).isEqualTo("municipal");
        assertThat(issueCase.submitterName()).isEqualTo("宇都 花子");
        assertThat(issueCase.status()).isEqualTo(IssueCaseStatus.HANDLING_DECISION);
        assertThat(issueCase.summary()).contains("【背景】").contains("【現状】");

        String casePage = page("/municipal/issues/" + caseId);
        assertThat(casePage).contains("<strong id=\"current-step\">取扱判断中</strong>")
                .contains("県が、本プラットフォームで取り扱うかを判断します").contains("観光客数.png").contains("0 件");
        assertThat(page("/municipal/issues")).contains(HtmlUtils.htmlEscape(title)).contains("取扱判断中");
        // Submitted once: the same version cannot submit it again.
        assertThat(mvc.perform(post(draftUrl + "/submit").param("version", "1").with(municipal()).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/municipal/issues/" + caseId);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM issue_case WHERE title = ?").param(title).query(Long.class).single()).isOne();
        assertThat(draftId).isPositive();
    }

    @Test
    void anAttachmentThatIsNotWhatItsNameSaysIsRefusedAndNothingIsStored() throws Exception {
        String title = unique("偽装ファイルの課題");
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        MockHttpServletResponse response = mvc.perform(complete(newDraft(), title)
                .file(new MockMultipartFile("attachments", "統計資料.pdf", "application/pdf", exe))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        String html = response.getContentAsString();
        assertThat(html).contains("【入力エラー】").contains("関連資料（統計資料.pdf）")
                .contains("PDF・PNG・JPEG").contains("ファイルはもう一度選び直してください")
                .contains("value=\"" + HtmlUtils.htmlEscape(title) + "\"");
        assertThat(stored(title)).isZero();
    }

    @Test
    void anOversizeFieldIsRefusedAndNothingIsStored() throws Exception {
        String title = unique("長すぎる概要");
        MockHttpServletResponse response = mvc.perform(complete(newDraft(), title, "summary", "あ".repeat(401)))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("課題の概要は400文字以内で入力してください")
                .contains("href=\"#field-summary\"");
        assertThat(stored(title)).isZero();
    }

    @Test
    void aStaleDraftIsRefusedOnSaveAndOnSubmitAndNothingChanges() throws Exception {
        String title = unique("古い下書き");
        String draftUrl = mvc.perform(complete(newDraft(), title)).andReturn().getResponse().getRedirectedUrl();
        // Another window saves version 1 first.
        assertThat(mvc.perform(complete(multipart(draftUrl), title, "version", "1", "department", "別の課"))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        MockHttpServletResponse stale = mvc.perform(complete(multipart(draftUrl), title, "version", "1",
                "department", "古い画面の課")).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("ほかの画面ですでに保存または応募されています");
        assertThat(jdbc.sql("SELECT department FROM municipal_issue WHERE title = ?").param(title).query(String.class).single())
                .isEqualTo("別の課");
        MockHttpServletResponse staleSubmit = mvc.perform(post(draftUrl + "/submit").param("version", "1")
                .with(municipal()).with(csrf())).andReturn().getResponse();
        assertThat(staleSubmit.getStatus()).isEqualTo(400);
        assertThat(staleSubmit.getContentAsString()).contains("ほかの画面ですでに保存または応募されています");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM issue_case WHERE title = ?").param(title).query(Long.class).single()).isZero();
    }

    @Test
    void aSubmissionOutsideTheRoundsPeriodIsRefusedAndNoCaseStarts() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo")));
        roundId = rounds.create(unique("第2回 課題募集"), today, today.plusDays(2), "各市町の課題をお寄せください。", "pref");
        assertThat(page("/municipal/issues/new")).contains("第2回 課題募集");
        String title = unique("期間外の応募");
        String draftUrl = mvc.perform(complete(newDraft(), title, "roundId", roundId.toString()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(draftUrl).isNotNull();
        clock.freeze().advance(Duration.ofDays(5));
        MockHttpServletResponse refused = mvc.perform(post(draftUrl + "/submit").param("version", "1")
                .with(municipal()).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("の受付期間（").contains("外のため、応募できません");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM issue_case WHERE title = ?").param(title).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT issue_case_id FROM municipal_issue WHERE title = ?").param(title)
                .query(Long.class).optional()).isEmpty();
        clock.reset();
        // Back inside the period the same draft goes through and counts for the round.
        assertThat(mvc.perform(post(draftUrl + "/submit").param("version", "1").with(municipal()).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(rounds.find(roundId).orElseThrow().issueCount()).isOne();
    }

    @Test
    void anotherMunicipalitysIssueOrDraftIsNotFoundInJapanese() throws Exception {
        String title = unique("鹿沼市の課題");
        long caseId = issueCases.submit(new NewIssue(title, "kanuma", "企画課", "鹿沼市の課題です。", "kanuma-staff",
                "鹿沼 太郎", "kanuma@city.example.jp"));
        MockHttpServletResponse other = mvc.perform(get("/municipal/issues/" + caseId).with(municipal())).andReturn().getResponse();
        assertThat(other.getStatus()).isEqualTo(404);
        assertThat(other.getContentAsString()).contains("この課題は見つかりません。ほかの市町の課題は表示できません。")
                .doesNotContain(HtmlUtils.htmlEscape(title)).doesNotContain("鹿沼 太郎");
        assertThat(page("/municipal/issues")).doesNotContain(HtmlUtils.htmlEscape(title));

        String username = "kanuma-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(username, "鹿沼 花子", username + "@city.example.jp", "musubi-demo-pass",
                Set.of(Role.MUNICIPAL_STAFF), null, "kanuma"));
        String draftUrl = mvc.perform(complete(multipart("/municipal/issues/new"), unique("鹿沼市の下書き"))
                .with(user(accounts.loadUserByUsername(username)))).andReturn().getResponse().getRedirectedUrl();
        assertThat(draftUrl).isNotNull();
        MockHttpServletResponse foreignDraft = mvc.perform(get(draftUrl).with(municipal())).andReturn().getResponse();
        assertThat(foreignDraft.getStatus()).isEqualTo(404);
        assertThat(foreignDraft.getContentAsString()).contains("ほかの市町の課題は表示できません");
        MockHttpServletResponse foreignSubmit = mvc.perform(post(draftUrl + "/submit").param("version", "1")
                .with(municipal()).with(csrf())).andReturn().getResponse();
        assertThat(foreignSubmit.getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT issue_case_id FROM municipal_issue WHERE id = ?")
                .param(Long.parseLong(draftUrl.substring(draftUrl.lastIndexOf('/') + 1))).query(Long.class).optional()).isEmpty();
    }

    private MockMultipartHttpServletRequestBuilder newDraft() {
        return multipart("/municipal/issues/new");
    }

    /** Every field filled; {@code overrides} are name, value pairs that replace the defaults. */
    private MockMultipartHttpServletRequestBuilder complete(MockMultipartHttpServletRequestBuilder request, String title,
                                                            String... overrides) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("title", title);
        values.put("department", "観光経済部 観光交流課");
        values.put("summary", "観光案内所の混雑と多言語対応が課題です。");
        values.put("background", "訪日客が増え、案内所の対応が追いつかない。");
        values.put("currentSituation", "職員3名が紙の地図で案内している。");
        values.put("direction", "多言語のデジタル案内を検討したい。");
        values.put("scope", "wide-area");
        values.put("contactName", "宇都 花子");
        values.put("contactEmail", "hanako@city-utsunomiya.example.jp");
        values.put("contactPhone", "028-000-1234");
        for (int i = 0; i < overrides.length; i += 2) {
            values.put(overrides[i], overrides[i + 1]);
        }
        values.forEach(request::param);
        request.with(municipal()).with(csrf());
        return request;
    }

    private RequestPostProcessor municipal() {
        return user(accounts.loadUserByUsername("municipal"));
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(municipal())).andReturn().getResponse();
        if (response.getStatus() == 302) {
            return page(response.getRedirectedUrl());
        }
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private long stored(String title) {
        return jdbc.sql("SELECT COUNT(*) FROM municipal_issue WHERE title = ?").param(title).query(Long.class).single();
    }

    private static String unique(String words) {
        return words + "（" + Long.toString(System.nanoTime(), 36) + "）";
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @SuppressWarnings("unused")
    private static List<String> none() {
        return List.of();
    }
}

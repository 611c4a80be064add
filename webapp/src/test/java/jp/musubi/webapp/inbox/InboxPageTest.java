package jp.musubi.webapp.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.UUID;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountRepository;
import org.flowable.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.IssueCaseStatus;
import org.flowable.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

@MusubiSpringBootTest
class InboxPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    InboxTestCases cases;

    @Autowired
    HistoryService history;

    @Autowired
    ContentService content;

    @Autowired
    PublicationService publication;

    @Autowired
    TaskService tasks;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    JdbcClient jdbc;

    private MockHttpServletResponse as(String who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(accounts.loadUserByUsername(who))).with(csrf())).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return HtmlUtils.htmlUnescape(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aBookmarkedFilterShowsTheSameTasksAndKeepsItsValues() throws Exception {
        String title = InboxTestCases.uniqueTitle("ブックマーク確認");
        cases.submitted(title);
        String other = InboxTestCases.uniqueTitle("別の課題");
        cases.submitted(other);

        MockHttpServletResponse page = as("pref", get("/inbox").param("view", "group").param("q", title)
                .param("process", "issue-to-matching").param("due", "none").param("sort", "name-asc"));

        assertThat(page.getStatus()).isEqualTo(200);
        String html = text(page);
        assertThat(html).contains(title, "取扱判断", "宇都宮市 交通政策課", "期限なし", "（1件）").doesNotContain(other);
        // The form shows the filter the URL asked for, so the bookmarked view is recognisable and can be changed.
        assertThat(html).contains("value=\"" + title + "\"").containsPattern("value=\"issue-to-matching\"\\s+selected")
                .containsPattern("value=\"none\"\\s+selected").containsPattern("value=\"name-asc\"\\s+selected");
        // Switching the list keeps the other filters in the link.
        assertThat(html).contains("/inbox?view=mine&amp;process=issue-to-matching&amp;due=none".replace("&amp;", "&"));
    }

    @Test
    void aUserSeesOnlyTheTasksOfTheirRolesAndAnotherRolesTaskIsRefused() throws Exception {
        String title = InboxTestCases.uniqueTitle("権限確認");
        IssueCase issueCase = cases.submitted(title);
        String handling = cases.task(issueCase, "handlingDecision").getId();

        assertThat(text(as("secretariat", get("/inbox").param("view", "group").param("q", title))))
                .doesNotContain("/inbox/tasks/" + handling).contains("該当するタスクはありません。");
        assertThat(text(as("pref", get("/inbox").param("view", "group").param("q", title))))
                .contains("/inbox/tasks/" + handling);
        assertThat(as("secretariat", get("/inbox/tasks/" + handling)).getStatus()).isEqualTo(403);
        assertThat(as("secretariat", post("/inbox/tasks/" + handling).param("decision", "HANDLE")).getStatus()).isEqualTo(403);
        assertThat(as("secretariat", post("/inbox/tasks/" + handling + "/claim")).getStatus()).isEqualTo(403);
        assertThat(as("secretariat", get("/inbox/tasks/" + handling + "/diagram")).getStatus()).isEqualTo(403);
        assertThat(as("editor", get("/inbox/tasks/" + handling)).getStatus()).isEqualTo(403);
        assertThat(cases.reload(issueCase).status()).isEqualTo(IssueCaseStatus.HANDLING_DECISION);

        MockHttpServletResponse own = as("pref", get("/inbox/tasks/" + handling));
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(text(own)).contains(title, "取扱いの判断", "路線バスの廃止により", "宇都宮 花子");
        MockHttpServletResponse diagram = as("pref", get("/inbox/tasks/" + handling + "/diagram"));
        assertThat(diagram.getContentType()).startsWith("application/xml");
        assertThat(diagram.getContentAsString()).contains("id=\"handlingDecision\"");
    }

    @Test
    void aRefusedFormKeepsWhatTheUserTypedAndChangesNothing() throws Exception {
        IssueCase issueCase = cases.atHearing(InboxTestCases.uniqueTitle("入力保持"));
        String hearing = cases.task(issueCase, "issueHearing").getId();

        MockHttpServletResponse noPoints = as("secretariat", post("/inbox/tasks/" + hearing).param("organizedPoints", " ")
                .param("directionClear", "no"));
        assertThat(noPoints.getStatus()).isEqualTo(422);
        String html = text(noPoints);
        assertThat(html).contains("入力内容を確認してください", "ヒアリングで整理した論点を入力してください。")
                .contains("href=\"#field-organizedPoints\"")
                .containsPattern("id=\"field-directionClear-no\"[^>]*checked");

        MockHttpServletResponse noChoice = as("secretariat", post("/inbox/tasks/" + hearing)
                .param("organizedPoints", "対象地域と利用者像を整理した。"));
        assertThat(noChoice.getStatus()).isEqualTo(422);
        assertThat(text(noChoice)).contains("解決の方向性を選んでください。").contains(">対象地域と利用者像を整理した。</textarea>");

        assertThat(cases.reload(issueCase).status()).isEqualTo(IssueCaseStatus.ORGANIZING);
        assertThat(cases.task(issueCase, "issueHearing")).isNotNull();
    }

    @Test
    void theSecondCompletionOfATaskGetsAClearMessageAndIsNotApplied() throws Exception {
        IssueCase issueCase = cases.atHearing(InboxTestCases.uniqueTitle("二重完了"));
        String hearing = cases.task(issueCase, "issueHearing").getId();

        MockHttpServletResponse first = as("secretariat", post("/inbox/tasks/" + hearing)
                .param("organizedPoints", "論点A").param("directionClear", "yes"));
        assertThat(first.getStatus()).isEqualTo(302);
        MockHttpServletResponse second = as("secretariat", post("/inbox/tasks/" + hearing)
                .param("organizedPoints", "論点B").param("directionClear", "no"));

        assertThat(second.getStatus()).isEqualTo(409);
        assertThat(text(second)).contains("このタスクはすでに完了しているか、存在しません。");
        assertThat(cases.reload(issueCase).status()).isEqualTo(IssueCaseStatus.SELECTION);
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(issueCase.processInstanceId())
                .taskDefinitionKey("issueHearing").finished().count()).isOne();
        assertThat(cases.task(issueCase, "ideaWorkshop")).isNull();
    }

    @Test
    void claimingAndUnclaimingMoveTheTaskBetweenTheLists() throws Exception {
        IssueCase issueCase = cases.submitted(InboxTestCases.uniqueTitle("担当者確認"));
        String handling = cases.task(issueCase, "handlingDecision").getId();
        assertThat(as("pref", post("/inbox/tasks/" + handling + "/claim")).getStatus()).isEqualTo(302);

        assertThat(text(as("pref", get("/inbox").param("view", "mine").param("case", issueCase.processInstanceId()))))
                .contains("取扱判断");
        assertThat(as("pref", post("/inbox/tasks/" + handling + "/unclaim")).getStatus()).isEqualTo(302);
        assertThat(text(as("pref", get("/inbox").param("view", "group").param("case", issueCase.processInstanceId()))))
                .contains("取扱判断");
    }

    @Test
    void thePublicationApproverGetsTheEditorsDiffAndTheReturnedItemReachesTheEditorOnce() throws Exception {
        String name = "inbox-test-" + UUID.randomUUID().toString().substring(0, 8);
        content.create("articles", name, Map.of("title", "受信箱テスト記事 " + name, "category", "dx-case",
                "body", "<p>県内企業の事例です。</p>", "newsletter", false), "初稿", "editor");
        publication.submit("articles", name, "公開をお願いします", null, false, "editor");
        String approval = tasks.createTaskQuery().processInstanceBusinessKey("articles/" + name)
                .taskDefinitionKey("approvePublication").singleResult().getId();

        String page = text(as("pref", get("/inbox/tasks/" + approval)));
        assertThat(page).contains("hx-get=\"/editor/review/articles/" + name + "\"", "hx-trigger=\"load\"",
                "href=\"/editor/review/articles/" + name + "\"", "受信箱テスト記事 " + name, "公開をお願いします");

        MockHttpServletResponse noReason = as("pref", post("/inbox/tasks/" + approval).param("approval", "return"));
        assertThat(noReason.getStatus()).isEqualTo(422);
        assertThat(text(noReason)).contains("差し戻す場合は、理由や修正してほしい点をコメントに入力してください。")
                .containsPattern("id=\"field-approval-return\"[^>]*checked");
        assertThat(as("pref", post("/inbox/tasks/" + approval).param("approval", "return")
                .param("comment", "見出しを修正してください。")).getStatus()).isEqualTo(302);

        String revision = tasks.createTaskQuery().processInstanceBusinessKey("articles/" + name)
                .taskDefinitionKey("reviseContent").singleResult().getId();
        assertThat(text(as("editor", get("/inbox").param("view", "mine")))).contains("/inbox/tasks/" + revision);
        assertThat(text(as("editor", get("/inbox/tasks/" + revision)))).contains("見出しを修正してください。");
        String editorMail = accountRepository.findByUsername("editor").orElseThrow().email();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND kind = 'task-assigned' AND text_body LIKE ?")
                .params(editorMail, "%/inbox/tasks/" + revision + "%").query(Long.class).single()).isOne();
    }

    @Test
    void anEmptyCommentIsRefusedAndACommentIsShownWithItsAuthor() throws Exception {
        IssueCase issueCase = cases.submitted(InboxTestCases.uniqueTitle("コメント"));
        String handling = cases.task(issueCase, "handlingDecision").getId();

        MockHttpServletResponse empty = as("pref", post("/inbox/tasks/" + handling + "/comments").param("comment", "  "));
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(text(empty)).contains("コメントを入力してください。");
        assertThat(as("pref", post("/inbox/tasks/" + handling + "/comments").param("comment", "市に確認します。")).getStatus())
                .isEqualTo(302);
        assertThat(text(as("pref", get("/inbox/tasks/" + handling)))).contains("市に確認します。");
    }

}

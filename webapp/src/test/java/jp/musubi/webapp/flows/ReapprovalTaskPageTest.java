package jp.musubi.webapp.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.approval.PublicationApprovalService;
import jp.musubi.workflow.approval.PublicationProcess;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 21, items 4 and 8: the second 公開承認 after a rejection shows the earlier rejection with its
 * comment and the diff between the rejected and the resubmitted revision; people and content types by
 * their names, not their ids.
 */
@MusubiSpringBootTest
class ReapprovalTaskPageTest {

    private static final String WS = "articles";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    ContentService content;
    @Autowired
    PublicationService publication;
    @Autowired
    PublicationApprovalService approvals;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;

    private String name;

    @AfterEach
    void remove() {
        if (name == null) {
            return;
        }
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(PublicationProcess.businessKey(WS, name)).list()
                .forEach(process -> runtime.deleteProcessInstance(process.getId(), "test cleanup"));
        ContentItem item = content.find(WS, name).orElse(null);
        if (item != null) {
            if (item.approvalPending()) {
                publication.reject(WS, name, "test cleanup", "editor");
            }
            content.delete(WS, name, "editor");
        }
    }

    @Test
    void theSecondApprovalShowsTheRejectionItsCommentAndWhatChangedSince() throws Exception {
        name = "zz-reapproval-" + UUID.randomUUID().toString().substring(0, 8);
        content.create(WS, name, Map.of("title", "再申請の記事 " + name, "category", "dx-case",
                "body", "<p>県内企業の生成AI活用事例を紹介します。</p>"), "初稿", "editor");
        publication.submit(WS, name, "公開をお願いします", null, false, "editor");
        approvals.reject(approval().getId(), "pref", "事例の企業名を明記してください。");

        ContentItem rejected = content.get(WS, name);
        content.update(WS, name, rejected.version(), Map.of("title", "再申請の記事 " + name, "category", "dx-case",
                "body", "<p>那須野電子による生成AI活用事例を紹介します。</p>"), "企業名を明記", "editor");
        publication.submit(WS, name, "修正しました", null, false, "editor");
        Task second = approval();

        String page = text(as("pref", get("/inbox/tasks/" + second.getId())));
        String pref = accounts.findByUsername("pref").orElseThrow().displayName();
        String editor = accounts.findByUsername("editor").orElseThrow().displayName();
        assertThat(page).contains("前回の差し戻し", pref + "が第1版を差し戻しました", "事例の企業名を明記してください。")
                .contains("申請者", editor).doesNotContain("articles / " + name);
        // The inbox lists the case under its type and its submitter's name, not articles・申請：editor.
        String list = text(as("pref", get("/inbox").param("view", "group").param("case", second.getProcessInstanceId())));
        assertThat(list).contains("記事・申請：" + editor).doesNotContain("articles・申請：editor");
        String review = "/editor/review/" + WS + "/" + name + "?rejected=1";
        assertThat(page).contains("hx-get=\"" + review + "\"");

        String fragment = text(as("pref", get(review)));
        assertThat(fragment).contains("前回差し戻された第1版から、再申請された第2版への変更点", "<ins>", "<del>");
        String words = fragment.replaceAll("<[^>]+>", "");
        assertThat(words).contains("那須野電子");
    }

    private Task approval() {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(PublicationProcess.businessKey(WS, name))
                .taskDefinitionKey(PublicationProcess.APPROVAL_TASK).singleResult();
        assertThat(task).as("open approval of %s", name).isNotNull();
        return task;
    }

    private MockHttpServletResponse as(String who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(accounts.loadUserByUsername(who))).with(csrf())).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
    }
}

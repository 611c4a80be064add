package jp.musubi.webapp.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentQuery;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/** Members write their own seeds in the portal and submit them to the four-eyes publication approval. */
@MusubiSpringBootTest
class MemberSeedsTest {

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
    @Autowired
    JdbcClient jdbc;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void removeSeeds() {
        for (String name : created) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(PublicationProcess.businessKey("seeds", name))
                    .list().forEach(p -> runtime.deleteProcessInstance(p.getId(), "test cleanup"));
            content.find("seeds", name).ifPresent(item -> {
                if (item.approvalPending()) {
                    publication.reject("seeds", name, "test cleanup", "pref");
                }
                if (item.publishedRevision() != null) {
                    publication.unpublish("seeds", name, "pref");
                }
                content.delete("seeds", name, "pref");
            });
            jdbc.sql("DELETE FROM publication_request WHERE workspace = 'seeds' AND name = ?").param(name).update();
        }
    }

    @Test
    void aSubmittedSeedWaitsForApprovalAndIsPublishedOnceApproved() throws Exception {
        String title = "会員登録テスト用シーズ" + System.nanoTime();
        MockHttpServletResponse saved = mvc.perform(post("/member/seeds").with(csrf()).with(user(member()))
                .param("title", title).param("summary", "水位を遠隔で見守る装置です。")
                .param("body", "一段落目<script>alert(1)</script>\n\n二段落目").param("tags", "防災、IoT")
                .param("fields", "防災").param("comment", "ご確認ください")).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        String name = seedNamed(title);

        ContentItem item = content.get("seeds", name);
        assertThat(item.properties().get("member")).isEqualTo("nasuno-denshi");
        assertThat(item.properties().get("body"))
                .isEqualTo("<p>一段落目&lt;script&gt;alert(1)&lt;/script&gt;</p><p>二段落目</p>");
        assertThat(item.approvalPending()).isTrue();
        Task approval = approvalTask(name);
        assertThat(approval).isNotNull();
        assertThat(portal()).contains(title).contains("承認待ち");
        assertThat(mvc.perform(get("/seeds/" + name)).andReturn().getResponse().getStatus()).isEqualTo(404);

        approvals.approve(approval.getId(), "pref", null);

        MockHttpServletResponse published = mvc.perform(get("/seeds/" + name)).andReturn().getResponse();
        assertThat(published.getStatus()).isEqualTo(200);
        assertThat(published.getContentAsString()).contains(title).contains("二段落目");
        assertThat(portal()).contains(title).contains("公開中");
        // Issue 21, item 17: the member is told the seed was approved and where it is on the site.
        String mail = jdbc.sql("SELECT text_body FROM mail_outbox WHERE recipient = ? AND kind = 'seed-publication-approved' "
                        + "AND text_body LIKE ?").params(memberEmail(), "%" + title + "%").query(String.class).single();
        assertThat(mail).contains("公開が承認されました", "ただいま公開しました", "/seeds/" + name);
    }

    @Test
    void aRejectedSeedShowsTheCommentAndItsMailLinksToThePortalAndResubmittingClosesTheRevisionTask()
            throws Exception {
        String title = "差し戻しテスト用シーズ" + System.nanoTime();
        mvc.perform(post("/member/seeds").with(csrf()).with(user(member())).param("title", title)
                .param("summary", "概要").param("body", "詳細")).andReturn();
        String name = seedNamed(title);

        approvals.reject(approvalTask(name).getId(), "pref", "導入実績を追記してください。");

        assertThat(portal()).contains("差し戻し").contains("導入実績を追記してください。");
        String edit = mvc.perform(get("/member/seeds/" + name + "/edit").with(user(member())))
                .andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("差し戻しのコメント").contains("導入実績を追記してください。").contains(title);
        String mail = jdbc.sql("SELECT text_body FROM mail_outbox WHERE recipient = ? AND text_body LIKE ?")
                .params(memberEmail(), "%/member/seeds/" + name + "/edit%")
                .query(String.class).list().stream().findFirst().orElse("");
        assertThat(mail).contains("/member/seeds/" + name + "/edit").doesNotContain("/inbox/tasks/");
        assertThat(revisionTasks(name)).isEqualTo(1);

        long version = content.get("seeds", name).version();
        MockHttpServletResponse resubmitted = mvc.perform(post("/member/seeds/" + name).with(csrf())
                .with(user(member())).param("title", title).param("summary", "概要").param("body", "詳細\n\n導入実績：3市町")
                .param("version", String.valueOf(version))).andReturn().getResponse();
        assertThat(resubmitted.getStatus()).isEqualTo(302);
        assertThat(revisionTasks(name)).isZero();
        assertThat(approvalTask(name)).isNotNull();
        assertThat(portal()).contains("承認待ち");
    }

    @Test
    void anotherOrganizationsSeedIsRefused() throws Exception {
        // drone-bridge-inspection belongs to futara-infratech in the demo data; "member" acts for nasuno-denshi.
        ContentItem before = content.get("seeds", "drone-bridge-inspection");
        assertThat(before.properties().get("member")).isEqualTo("futara-infratech");
        MockHttpServletResponse edit = mvc.perform(get("/member/seeds/drone-bridge-inspection/edit")
                .with(user(member()))).andReturn().getResponse();
        assertThat(edit.getStatus()).isEqualTo(403);
        assertThat(edit.getContentAsString()).contains("アクセスする権限がありません").contains("自社のシーズだけを登録・変更できます").doesNotContain(before.properties()
                .get("summary").toString());
        assertThat(mvc.perform(post("/member/seeds/drone-bridge-inspection").with(csrf()).with(user(member()))
                .param("title", "乗っ取り").param("summary", "概要").param("body", "詳細")
                .param("version", String.valueOf(before.version()))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(content.get("seeds", "drone-bridge-inspection").version()).isEqualTo(before.version());
        assertThat(portal()).doesNotContain("/member/seeds/drone-bridge-inspection/edit");
    }

    @Test
    void invalidInputIsRefusedInJapaneseKeepsTheInputAndStoresNothing() throws Exception {
        long before = seedCount();
        MockHttpServletResponse refused = mvc.perform(post("/member/seeds").with(csrf()).with(user(member()))
                .param("title", "").param("summary", "あ".repeat(401)).param("body", "残るはずの詳細")
                .param("tags", "a、b、c、d、e、f、g、h、i、j、k")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("入力内容を確認してください")
                .contains("シーズ名を入力してください。").contains("概要は400文字以内で入力してください。")
                .contains("分類タグは10個までにしてください").contains("href=\"#field-title\"")
                .contains("aria-describedby=\"field-title-error\"").contains("残るはずの詳細");
        assertThat(seedCount()).isEqualTo(before);
    }

    @Test
    void aStaleSaveKeepsTheInput() throws Exception {
        String title = "競合テスト用シーズ" + System.nanoTime();
        mvc.perform(post("/member/seeds").with(csrf()).with(user(member())).param("title", title)
                .param("summary", "概要").param("body", "詳細")).andReturn();
        String name = seedNamed(title);
        approvals.reject(approvalTask(name).getId(), "pref", "直してください。");
        long version = content.get("seeds", name).version();

        MockHttpServletResponse stale = mvc.perform(post("/member/seeds/" + name).with(csrf()).with(user(member()))
                .param("title", title).param("summary", "古い版からの変更").param("body", "詳細")
                .param("version", String.valueOf(version - 1))).andReturn().getResponse();
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("他の方が更新しました").contains("古い版からの変更");
        assertThat(content.get("seeds", name).version()).isEqualTo(version);
    }

    private String portal() throws Exception {
        return mvc.perform(get("/member").with(user(member()))).andReturn().getResponse().getContentAsString();
    }

    private String seedNamed(String title) {
        String name = content.list("seeds", new ContentQuery(title, null, 0, 5)).items().stream()
                .filter(s -> title.equals(s.title())).findFirst().orElseThrow().name();
        created.add(name);
        return name;
    }

    private long seedCount() {
        return content.list("seeds", ContentQuery.all(1)).total();
    }

    private Task approvalTask(String name) {
        return tasks.createTaskQuery().processInstanceBusinessKey(PublicationProcess.businessKey("seeds", name))
                .taskDefinitionKey(PublicationProcess.APPROVAL_TASK).singleResult();
    }

    private long revisionTasks(String name) {
        return tasks.createTaskQuery().processInstanceBusinessKey(PublicationProcess.businessKey("seeds", name))
                .taskDefinitionKey(PublicationProcess.REVISION_TASK).count();
    }

    private String memberEmail() {
        return jdbc.sql("SELECT email FROM account WHERE username = 'member'").query(String.class).single();
    }

    private UserDetails member() {
        return accounts.loadUserByUsername("member");
    }
}

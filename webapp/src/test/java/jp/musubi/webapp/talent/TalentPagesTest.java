package jp.musubi.webapp.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
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

/**
 * 人材情報 (issue 16): members write their own in the portal through the publication approval, as
 * seeds; the public directory {@code /talents} searches them by keyword and skill/field/tag and never
 * shows a person's contact data.
 */
@MusubiSpringBootTest
class TalentPagesTest {

    private static final String WORKSPACE = "talents";

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
    void removeTalents() {
        for (String name : created) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(PublicationProcess.businessKey(WORKSPACE, name))
                    .list().forEach(p -> runtime.deleteProcessInstance(p.getId(), "test cleanup"));
            content.find(WORKSPACE, name).ifPresent(item -> {
                if (item.approvalPending()) {
                    publication.reject(WORKSPACE, name, "test cleanup", "pref");
                }
                if (item.publishedRevision() != null) {
                    publication.unpublish(WORKSPACE, name, "pref");
                }
                content.delete(WORKSPACE, name, "pref");
            });
            jdbc.sql("DELETE FROM publication_request WHERE workspace = 'talents' AND name = ?").param(name).update();
        }
    }

    @Test
    void theDirectoryListsTheDemoTalentsFindsThemByKeywordAndSkillAndShowsNoContactData() throws Exception {
        String all = page("/talents");
        assertThat(all).contains("人材情報を探す", "すべての人材情報（4件）", "自治体業務のデータ活用を伴走支援するデータ分析チーム",
                "株式会社ひばりノード");

        String searched = page("/talents?q=" + enc("研修"));
        assertThat(searched).contains("検索結果").contains("<mark>研修</mark>")
                .contains("href=\"/talents/kitakanto-it-univ-dx-lecturer\"")
                .doesNotContain("IoTセンサーの設置から運用まで相談できる組込み技術者");

        String bySkill = page("/talents?skill=" + enc("LPWA"));
        assertThat(bySkill).contains("検索結果（1件）", "IoTセンサーの設置から運用まで相談できる組込み技術者");

        String detail = page("/talents/hibari-node-data-team");
        assertThat(detail).contains("自治体業務のデータ活用を伴走支援するデータ分析チーム", "データ分析、Python",
                "プロジェクト単位", "県内全域（オンライン対応可）", "事務局へのお問い合わせ")
                // The registry's private contact of hibari-node (seeds/organizations.yml).
                .doesNotContain("高橋", "takahashi@hibari-node.example.jp", "028-000-3307");
        assertThat(status("/talents/no-such-talent")).isEqualTo(404);
        assertThat(page("/sitemap.xml")).contains("/talents/hibari-node-data-team");
        assertThat(page("/")).contains("href=\"/talents\"");
    }

    @Test
    void aTooLongQueryIsExplainedInJapanese() throws Exception {
        String refused = page("/talents?q=" + "あ".repeat(101));
        assertThat(refused).contains("100文字以内");
    }

    @Test
    void aSubmittedTalentWaitsForApprovalIsPublishedOnceApprovedAndTheMemberIsMailed() throws Exception {
        String title = "会員登録テスト用人材情報" + System.nanoTime();
        MockHttpServletResponse saved = mvc.perform(post("/member/talents").with(csrf()).with(user(member()))
                .param("title", title).param("summary", "防災センサーの保守を担う技術者です。")
                .param("skills", "保守点検、電波調査").param("fields", "防災").param("availability", "advisor")
                .param("region", "県北").param("body", "一段落目<script>alert(1)</script>\n\n二段落目")
                .param("tags", "保守").param("comment", "ご確認ください")).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        String name = talentNamed(title);

        ContentItem item = content.get(WORKSPACE, name);
        assertThat(item.properties()).containsEntry("member", "nasuno-denshi").containsEntry("availability", "advisor")
                .containsEntry("skills", List.of("保守点検", "電波調査"))
                .containsEntry("body", "<p>一段落目&lt;script&gt;alert(1)&lt;/script&gt;</p><p>二段落目</p>");
        assertThat(item.approvalPending()).isTrue();
        assertThat(portal()).contains(title).contains("承認待ち");
        assertThat(status("/talents/" + name)).isEqualTo(404);

        approvals.approve(approvalTask(name).getId(), "pref", null);

        assertThat(page("/talents/" + name)).contains(title, "二段落目", "顧問・アドバイザー", "株式会社那須野電子");
        assertThat(portal()).contains(title).contains("公開中");
        String mail = jdbc.sql("SELECT text_body FROM mail_outbox WHERE recipient = ? AND kind = 'talent-publication-approved' "
                + "AND text_body LIKE ?").params(memberEmail(), "%" + title + "%").query(String.class).single();
        assertThat(mail).contains("人材情報「" + title + "」の公開が承認されました", "ただいま公開しました", "/talents/" + name);
        // The index follows publication a moment later: the directory finds it by its skill then.
        assertThat(eventually("/talents?skill=" + enc("電波調査"), title)).contains(title);
    }

    @Test
    void aRejectedTalentLinksTheMemberToThePortalAndResubmittingClosesTheRevisionTask() throws Exception {
        String title = "差し戻しテスト用人材情報" + System.nanoTime();
        mvc.perform(post("/member/talents").with(csrf()).with(user(member())).param("title", title)
                .param("summary", "概要").param("skills", "IoT")).andReturn();
        String name = talentNamed(title);

        approvals.reject(approvalTask(name).getId(), "pref", "対応地域を書いてください。");

        assertThat(portal()).contains("差し戻し").contains("対応地域を書いてください。");
        String edit = mvc.perform(get("/member/talents/" + name + "/edit").with(user(member())))
                .andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("差し戻しのコメント", "対応地域を書いてください。", title, "value=\"IoT\"");
        String mail = jdbc.sql("SELECT text_body FROM mail_outbox WHERE recipient = ? AND text_body LIKE ?")
                .params(memberEmail(), "%/member/talents/" + name + "/edit%")
                .query(String.class).list().stream().findFirst().orElse("");
        assertThat(mail).contains("/member/talents/" + name + "/edit").doesNotContain("/inbox/tasks/");

        long version = content.get(WORKSPACE, name).version();
        MockHttpServletResponse resubmitted = mvc.perform(post("/member/talents/" + name).with(csrf())
                .with(user(member())).param("title", title).param("summary", "概要").param("skills", "IoT")
                .param("region", "県内全域").param("version", String.valueOf(version))).andReturn().getResponse();
        assertThat(resubmitted.getStatus()).isEqualTo(302);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(PublicationProcess.businessKey(WORKSPACE, name))
                .taskDefinitionKey(PublicationProcess.REVISION_TASK).count()).isZero();
        assertThat(approvalTask(name)).isNotNull();
        assertThat(content.get(WORKSPACE, name).properties()).containsEntry("region", "県内全域");
    }

    @Test
    void anotherOrganizationsTalentIsRefusedAndStaysUnchanged() throws Exception {
        ContentItem before = content.get(WORKSPACE, "hibari-node-data-team");
        MockHttpServletResponse edit = mvc.perform(get("/member/talents/hibari-node-data-team/edit")
                .with(user(member()))).andReturn().getResponse();
        assertThat(edit.getStatus()).isEqualTo(403);
        assertThat(edit.getContentAsString()).contains("自社の人材情報だけを登録・変更できます");
        assertThat(mvc.perform(post("/member/talents/hibari-node-data-team").with(csrf()).with(user(member()))
                .param("title", "乗っ取り").param("summary", "概要").param("skills", "IoT")
                .param("version", String.valueOf(before.version()))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(content.get(WORKSPACE, "hibari-node-data-team").version()).isEqualTo(before.version());
    }

    @Test
    void invalidInputIsRefusedInJapaneseKeepsTheInputAndStoresNothing() throws Exception {
        long before = content.list(WORKSPACE, ContentQuery.all(1)).total();
        MockHttpServletResponse refused = mvc.perform(post("/member/talents").with(csrf()).with(user(member()))
                .param("title", "").param("summary", "あ".repeat(401)).param("skills", "")
                .param("availability", "forever").param("region", "県".repeat(101)).param("body", "残るはずの詳細"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("入力内容を確認してください", "見出しを入力してください。",
                "概要は400文字以内で入力してください。", "スキルを1つ以上入力してください。",
                "対応可能な形態は選択肢から選んでください。", "対応地域は100文字以内で入力してください。",
                "href=\"#field-skills\"", "残るはずの詳細");
        assertThat(content.list(WORKSPACE, ContentQuery.all(1)).total()).isEqualTo(before);
    }

    private String eventually(String path, String expected) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        String body = page(path);
        while (!body.contains(expected) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            body = page(path);
        }
        return body;
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(java.net.URI.create(path))).andReturn().getResponse().getContentAsString();
    }

    private int status(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getStatus();
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String portal() throws Exception {
        return mvc.perform(get("/member").with(user(member()))).andReturn().getResponse().getContentAsString();
    }

    private String talentNamed(String title) {
        String name = content.list(WORKSPACE, new ContentQuery(title, null, 0, 5)).items().stream()
                .filter(s -> title.equals(s.title())).findFirst().orElseThrow().name();
        created.add(name);
        return name;
    }

    private Task approvalTask(String name) {
        return tasks.createTaskQuery().processInstanceBusinessKey(PublicationProcess.businessKey(WORKSPACE, name))
                .taskDefinitionKey(PublicationProcess.APPROVAL_TASK).singleResult();
    }

    private String memberEmail() {
        return jdbc.sql("SELECT email FROM account WHERE username = 'member'").query(String.class).single();
    }

    private UserDetails member() {
        return accounts.loadUserByUsername("member");
    }
}

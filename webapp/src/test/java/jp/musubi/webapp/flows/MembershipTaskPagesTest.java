package jp.musubi.webapp.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.membership.MemberProfile;
import jp.musubi.workflow.membership.MemberRequests;
import jp.musubi.workflow.membership.MembershipApplication;
import jp.musubi.workflow.membership.MembershipApplications;
import jp.musubi.workflow.membership.MembershipScreening;
import jp.musubi.workflow.membership.ScreeningDecision;
import jp.musubi.workflow.membership.OrganizationKind;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** Issue 21, item 1: the secretariat decides 入会審査 and プロフィール変更 seeing what is to be decided. */
@MusubiSpringBootTest
class MembershipTaskPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    MembershipApplications applications;
    @Autowired
    MemberRequests requests;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MembershipScreening screening;

    @Test
    void theScreeningTaskShowsTheWholeApplication() throws Exception {
        String loginId = "screen" + (System.nanoTime() % 1_000_000);
        long id = applications.apply(new MembershipApplication("株式会社審査表示テスト", OrganizationKind.UNIVERSITY,
                new MemberProfile("河川の水位を予測する研究室です。", null, List.of("防災"), "小山市", "https://lab.example.ac.jp/"),
                "審査 花子", "hanako@lab.example.ac.jp", "0285-00-1234", loginId));
        Task task = tasks.createTaskQuery().processDefinitionKey("member-registration")
                .processInstanceBusinessKey(String.valueOf(id)).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("screenMembership");

        String page = text(as("secretariat", get("/inbox/tasks/" + task.getId())));
        assertThat(page).contains("株式会社審査表示テスト", "入会申込", "大学", "河川の水位を予測する研究室です。", "防災", "小山市",
                "https://lab.example.ac.jp/", "審査 花子", "hanako@lab.example.ac.jp", "0285-00-1234", loginId);

        // Item 8: the public page gets a readable, stable name, suggested from the website and chosen here.
        assertThat(page).contains("公開ページのアドレス名").containsPattern("id=\"field-publicName\"[^>]*value=\"lab(-[0-9]+)?\"");
        MockHttpServletResponse wrong = as("secretariat", post("/inbox/tasks/" + task.getId()).param("notAntisocial", "true")
                .param("termsAccepted", "true").param("existenceConfirmed", "true").param("admission", "approve")
                .param("publicName", "Member 1!"));
        assertThat(text(wrong)).contains("半角英小文字・数字・「-」の3〜40文字");
        String publicName = "shinsa-" + loginId;
        MockHttpServletResponse approved = as("secretariat", post("/inbox/tasks/" + task.getId()).param("notAntisocial", "true")
                .param("termsAccepted", "true").param("existenceConfirmed", "true").param("admission", "approve")
                .param("publicName", publicName));
        assertThat(approved.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT org_key FROM organization WHERE name = '株式会社審査表示テスト'").query(String.class).list())
                .contains(publicName);
        assertThat(mvc.perform(get("/members/" + publicName)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aProfileChangeIsShownAsADiffWaitsInThePortalAndItsDecisionIsMailed() throws Exception {
        String summary = "需要予測とセンサーで地域の課題を解決します " + System.nanoTime();
        long requestId = requests.requestProfileChange("nasuno-denshi",
                new MemberProfile(summary, null, List.of("防災", "農業"), "大田原市", null), "member");
        Task task = tasks.createTaskQuery().processDefinitionKey("member-registration")
                .processInstanceBusinessKey("change-" + requestId).singleResult();

        String portal = profileRequest(text(as("member", get("/member"))));
        assertThat(portal).contains("プロフィールの変更申請").contains("承認待ち");

        String page = text(as("secretariat", get("/inbox/tasks/" + task.getId())));
        String review = "/membership/requests/" + requestId + "/review";
        assertThat(page).contains("hx-get=\"" + review + "\"");
        MockHttpServletResponse fragment = as("secretariat", get(review));
        assertThat(fragment.getStatus()).isEqualTo(200);
        String diff = text(fragment);
        assertThat(diff).contains("申請されたプロフィールの変更点", "概要（変更）")
                .contains("<ins>", "［追加：", "<del>", "［削除：");
        String words = diff.replaceAll("<[^>]+>", "").replaceAll("［(追加|削除)：|］", "");
        assertThat(words).contains("需要予測とセンサー", "大田原市に本社を置く");
        assertThat(as("editor", get(review)).getStatus()).isEqualTo(403);
        assertThat(as("member", get(review)).getStatus()).isEqualTo(403);

        MockHttpServletResponse done = as("secretariat", post("/inbox/tasks/" + task.getId()).param("approval", "return")
                .param("comment", "概要が事業内容と一致しません。"));
        assertThat(done.getStatus()).isEqualTo(302);

        String email = accounts.findByUsername("member").orElseThrow().email();
        String mail = jdbc.sql("""
                SELECT text_body FROM mail_outbox WHERE recipient = ? AND kind = 'member-profile-change-decided'
                ORDER BY id DESC LIMIT 1""").param(email).query(String.class).single();
        assertThat(mail).contains("株式会社那須野電子", "承認されませんでした", "概要が事業内容と一致しません。", "/member/profile");
        assertThat(profileRequest(text(as("member", get("/member"))))).contains("差し戻し").contains("概要が事業内容と一致しません。")
                .doesNotContain("承認待ち");
    }

    /** Item 17: an approved profile change is published and the member is mailed where to see it. */
    @Test
    void anApprovedProfileChangeIsPublishedAndMailed() throws Exception {
        String loginId = "change" + (System.nanoTime() % 1_000_000);
        String organization = "株式会社変更承認テスト" + loginId;
        long applicationId = applications.apply(new MembershipApplication(organization, OrganizationKind.COMPANY,
                new MemberProfile("変更前の概要です。", null, List.of("防災"), "宇都宮市", null),
                "変更 次郎", loginId + "@example.jp", "028-000-1234", loginId));
        Task screeningTask = tasks.createTaskQuery().processDefinitionKey("member-registration")
                .processInstanceBusinessKey(String.valueOf(applicationId)).singleResult();
        screening.complete(screeningTask.getId(), new ScreeningDecision(true, true, true, true, null), "secretariat");
        String key = jdbc.sql("SELECT organization_key FROM membership_application WHERE id = ?").param(applicationId)
                .query(String.class).single();

        String summary = "承認された新しい概要です " + System.nanoTime();
        long requestId = requests.requestProfileChange(key,
                new MemberProfile(summary, null, List.of("防災", "農業"), "宇都宮市", null), loginId);
        Task task = tasks.createTaskQuery().processDefinitionKey("member-registration")
                .processInstanceBusinessKey("change-" + requestId).singleResult();
        assertThat(text(mvc.perform(get("/members/" + key)).andReturn().getResponse())).doesNotContain(summary);

        MockHttpServletResponse done = as("secretariat", post("/inbox/tasks/" + task.getId()).param("approval", "approve"));
        assertThat(done.getStatus()).isEqualTo(302);

        assertThat(text(mvc.perform(get("/members/" + key)).andReturn().getResponse())).contains(summary);
        String mail = jdbc.sql("""
                SELECT text_body FROM mail_outbox WHERE kind = 'member-profile-change-decided' AND text_body LIKE ?
                """).param("%" + organization + "%").query(String.class).single();
        assertThat(mail).contains("変更を承認し、会員ページに公開しました", "/members/" + key)
                .doesNotContain("承認されませんでした");
        assertThat(requests.latestProfileChange(key)).hasValueSatisfying(
                request -> assertThat(MemberRequests.statusLabel(request)).isEqualTo("承認済み"));
    }

    /** The portal's line about the latest profile change request. */
    private static String profileRequest(String portal) {
        int start = portal.indexOf("id=\"profile-request\"");
        assertThat(start).as("the portal shows the profile change request").isPositive();
        return portal.substring(start, portal.indexOf("</div>", start));
    }

    private MockHttpServletResponse as(String who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(accounts.loadUserByUsername(who))).with(csrf())).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
    }
}

package jp.musubi.webapp.municipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.IssueCaseStatus;
import jp.musubi.workflow.issuecase.IssueCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.ObjectMapper;

/**
 * #21 (2): an issue page's public status is the workflow's alone. Every seeded issue has a case and a
 * municipality that follows it; 「提案する」 appears only while the case takes proposals; editors cannot
 * set 募集中/選定中/マッチング済 by hand, neither in the editor nor through the authoring API.
 */
@MusubiSpringBootTest
class IssueStatusFollowsTheWorkflowTest {

    private static final Map<String, IssueCaseStatus> SEEDED = Map.of(
            "oyama-small-river-water-level", IssueCaseStatus.HANDLING_DECISION,
            "takanezawa-paper-application-transcription", IssueCaseStatus.HANDLING_DECISION,
            "kanuma-elderly-watching", IssueCaseStatus.ORGANIZING,
            "nasushiobara-water-pipe-aging", IssueCaseStatus.RECRUITING,
            "nikko-tourism-congestion", IssueCaseStatus.SELECTING,
            "moka-strawberry-greenhouse", IssueCaseStatus.MATCHED);

    @Autowired
    MockMvc mvc;
    @Autowired
    IssueCases issueCases;
    @Autowired
    AccountService accounts;
    @Autowired
    ContentService content;
    @Autowired
    PublicationService publication;

    @Test
    void everySeededIssueHasACaseInItsStageAndAMunicipalAccountThatFollowsIt() throws Exception {
        List<Account> all = accounts.list();
        for (var seeded : SEEDED.entrySet()) {
            IssueCase issueCase = issueCases.findByPage(seeded.getKey()).orElseThrow(() -> new AssertionError("no case for " + seeded.getKey()));
            assertThat(issueCase.status()).as(seeded.getKey()).isEqualTo(seeded.getValue());
            // Other tests of the shared context add accounts of the same municipality: the follower is the submitter.
            Account follower = all.stream().filter(a -> a.username().equals(issueCase.submitterUsername())).findFirst()
                    .orElseThrow(() -> new AssertionError("no account " + issueCase.submitterUsername()));
            assertThat(follower.municipality()).as(seeded.getKey()).isEqualTo(issueCase.municipality());
            assertThat(follower.roles()).contains(jp.musubi.workflow.account.Role.MUNICIPAL_STAFF);
            String page = mvc.perform(get("/municipal/issues/" + issueCase.id()).with(user(accounts.loadUserByUsername(follower.username()))))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).as(seeded.getKey()).contains(issueCase.title());
        }
        String moka = mvc.perform(get("/municipal/issues/" + issueCases.findByPage("moka-strawberry-greenhouse").orElseThrow().id())
                .with(user(accounts.loadUserByUsername("municipal-moka")))).andReturn().getResponse().getContentAsString();
        assertThat(moka).contains("マッチング済").contains("株式会社おおるりアグリシステム");
    }

    @Test
    void proposeIsOfferedOnlyWhileTheCaseTakesProposals() throws Exception {
        assertThat(anonymous("/issues/nasushiobara-water-pipe-aging")).contains("href=\"/member/proposals/new?issue=nasushiobara-water-pipe-aging\"");
        assertThat(anonymous("/issues/nikko-tourism-congestion")).contains("選定中").doesNotContain("/member/proposals/new");
        assertThat(anonymous("/issues/moka-strawberry-greenhouse")).contains("マッチング済").doesNotContain("/member/proposals/new");

        // A page published as 募集中 without a case behind it invites nobody.
        String name = "zz-no-case-" + System.nanoTime();
        Map<String, Object> properties = new HashMap<>();
        properties.put("title", "ケースのない課題");
        properties.put("municipality", "utsunomiya");
        properties.put("department", "課");
        properties.put("summary", "概要");
        properties.put("background", "<p>背景</p>");
        properties.put("currentSituation", "<p>現状</p>");
        properties.put("publicStatus", "recruiting");
        content.create("issues", name, properties, null, "system");
        publication.publish("issues", name, null, "pref");
        try {
            assertThat(anonymous("/issues/" + name)).contains("募集中").doesNotContain("/member/proposals/new")
                    .doesNotContain("/propose?issue=");
        } finally {
            publication.unpublish("issues", name, "pref");
            content.delete("issues", name, "secretariat");
        }
    }

    @Test
    void editorsCannotSetThePublicStatusByHand() throws Exception {
        String name = "nikko-tourism-congestion";
        ContentItem before = content.get("issues", name);
        assertThat(before.properties().get("publicStatus")).isEqualTo("selecting");
        Map<String, Object> changed = new HashMap<>(before.properties());
        changed.put("publicStatus", "recruiting");
        changed.put("summary", before.properties().get("summary") + "（編集）");
        String body = new ObjectMapper().writeValueAsString(Map.of("version", before.version(), "properties", changed,
                "comment", "状態を手で変える"));
        int status = mvc.perform(put("/api/cms/items/issues/" + name).with(user(accounts.loadUserByUsername("editor"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(200);
        ContentItem after = content.get("issues", name);
        assertThat(after.properties().get("summary").toString()).endsWith("（編集）");
        assertThat(after.properties().get("publicStatus")).isEqualTo("selecting");

        String form = mvc.perform(get("/editor/issues/" + name).with(user(accounts.loadUserByUsername("editor"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("公開状態").contains("選定中").doesNotContain("name=\"f.publicStatus\"");
        // Restore the seeded summary for the other tests.
        Map<String, Object> restore = new HashMap<>(after.properties());
        restore.put("summary", before.properties().get("summary"));
        content.update("issues", name, after.version(), restore, "テスト後の復元", "system");
    }

    private String anonymous(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    }
}

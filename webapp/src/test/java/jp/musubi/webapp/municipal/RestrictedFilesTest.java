package jp.musubi.webapp.municipal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.NewAccount;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.issuecase.AttachmentUpload;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.issuecase.Proposal;
import jp.musubi.workflow.meeting.MeetingInput;
import jp.musubi.workflow.meeting.MeetingSchedule;
import jp.musubi.workflow.membership.Organization;
import jp.musubi.workflow.membership.Organizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * The files of municipal issues, of proposals and of meetings are restricted assets: {@code /dam} answers 404 for them, and
 * their own routes hand them only to the people allowed to read them. Every other account gets 404 (or, for a
 * role that never reads them, 403) and not a byte of the file.
 */
@MusubiSpringBootTest
class RestrictedFilesTest {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MunicipalTestCases cases;
    @Autowired
    IssueCases issueCases;
    @Autowired
    Organizations organizations;
    @Autowired
    MeetingSchedule meetings;

    @Test
    void anIssuesDocumentReachesItsMunicipalityAndOnceSubmittedTheStaffButNobodyElse() throws Exception {
        String title = "観光案内の混雑（添付の閲覧範囲 " + Long.toString(System.nanoTime(), 36) + "）";
        byte[] png = png();
        String draftUrl = mvc.perform(multipart("/municipal/issues/new")
                        .file(new MockMultipartFile("attachments", "観光客数.png", "image/png", png))
                        .param("title", title).param("department", "観光交流課").param("summary", "案内所が混雑する。")
                        .param("background", "訪日客が増えた。").param("currentSituation", "紙の地図で案内している。")
                        .param("scope", "local").param("contactName", "宇都 花子")
                        .param("contactEmail", "hanako@city-utsunomiya.example.jp")
                        .with(as("municipal")).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(draftUrl).matches("/municipal/issues/drafts/\\d+");
        long issueId = Long.parseLong(draftUrl.substring(draftUrl.lastIndexOf('/') + 1));
        UUID asset = jdbc.sql("SELECT asset_id FROM municipal_issue_attachment WHERE municipal_issue_id = ? AND position = 1")
                .param(issueId).query(UUID.class).single();
        String file = "/issue-attachments/" + issueId + "/1";

        assertNotAtDam(asset, "観光客数.png", png);
        // A draft: its municipality only.
        assertServed(file, "municipal", png, "観光客数.png");
        assertNotFound(file, "pref");
        assertNotFound(file, "secretariat");
        assertNotFound(file, "municipal-kanuma");
        assertNotFound("/issue-attachments/" + issueId + "/2", "municipal");

        MockHttpServletResponse submitted = mvc.perform(post(draftUrl + "/submit").param("version", "1")
                .with(as("municipal")).with(csrf())).andReturn().getResponse();
        assertThat(submitted.getStatus()).isEqualTo(302);
        long caseId = Long.parseLong(submitted.getRedirectedUrl().substring("/municipal/issues/".length()));

        assertServed(file, "municipal", png, "観光客数.png");
        assertServed(file, "pref", png, "観光客数.png");
        assertServed(file, "secretariat", png, "観光客数.png");
        assertNotFound(file, "municipal-kanuma");
        for (String who : List.of("member", "editor", "owner", "admin")) {
            assertThat(mvc.perform(get(file).with(as(who))).andReturn().getResponse().getStatus()).as(who).isEqualTo(403);
        }
        assertThat(mvc.perform(get(file)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");

        // The pages that need it link the restricted route, never /dam.
        String own = html(get("/municipal/issues/" + caseId).with(as("municipal")));
        assertThat(own).contains("href=\"" + file + "\"").doesNotContain("/dam/" + asset);
        String handling = html(get("/inbox/tasks/" + cases.task(caseId, "handlingDecision")).with(as("pref")));
        assertThat(handling).contains("<a href=\"" + file + "\">市町の関連資料：観光客数.png</a>").doesNotContain("/dam/" + asset);
        cases.handled(caseId, null);
        String hearing = html(get("/inbox/tasks/" + cases.task(caseId, "issueHearing")).with(as("secretariat")));
        assertThat(hearing).contains("<a href=\"" + file + "\">市町の関連資料：観光客数.png</a>");
    }

    @Test
    void aProposalsFileReachesTheStaffTheProposerAndAfterTheSelectionHearingTheIssuesMunicipality() throws Exception {
        String title = "多言語案内の提案（添付の閲覧範囲 " + Long.toString(System.nanoTime(), 36) + "）";
        long caseId = issueCases.submit(new jp.musubi.workflow.issuecase.NewIssue(title, "utsunomiya", "観光交流課",
                "案内所が混雑する。", "municipal", "宇都 花子", "hanako@city-utsunomiya.example.jp"));
        cases.handled(caseId, null);
        cases.selected(caseId);
        cases.participationClosed(caseId);
        Organization nasuno = organizations.find("nasuno-denshi").orElseThrow();
        Proposal proposal = cases.atSelectionHearing(caseId, nasuno.id(), nasuno.name(), "佐藤 健一", "member@demo.example.jp",
                List.of(new AttachmentUpload("提案書.pdf", new ByteArrayResource(PDF))));
        UUID asset = jdbc.sql("SELECT asset_id FROM proposal_attachment WHERE proposal_id = ? AND position = 1")
                .param(proposal.id()).query(UUID.class).single();
        String file = "/proposal-files/" + proposal.id() + "/1";
        String otherMember = memberOf("hibari-node");

        assertNotAtDam(asset, "提案書.pdf", PDF);
        assertServed(file, "secretariat", PDF, "提案書.pdf");
        assertServed(file, "pref", PDF, "提案書.pdf");
        assertServed(file, "member", PDF, "提案書.pdf");
        assertNotFound(file, otherMember);
        // Before the selection hearing the municipality knows only how many proposals came.
        assertNotFound(file, "municipal");
        assertNotFound(file, "municipal-kanuma");
        assertNotFound("/proposal-files/" + proposal.id() + "/2", "secretariat");
        for (String who : List.of("editor", "owner", "admin")) {
            assertThat(mvc.perform(get(file).with(as(who))).andReturn().getResponse().getStatus()).as(who).isEqualTo(403);
        }
        assertThat(mvc.perform(get(file)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(html(get("/member").with(as("member")))).contains("href=\"" + file + "\"").doesNotContain("/dam/" + asset);
        assertThat(html(get("/inbox/tasks/" + cases.task(caseId, "selectionHearing")).with(as("secretariat"))))
                .doesNotContain("/dam/" + asset);

        assertThat(html(get("/municipal/issues/" + caseId).with(as("municipal")))).contains("1 件")
                .doesNotContain(file).doesNotContain("選定中の提案");

        cases.heard(caseId);
        assertThat(html(get("/inbox/tasks/" + cases.task(caseId, "selectionMeeting")).with(as("pref"))))
                .contains("<a href=\"" + file + "\">添付ファイル：提案書.pdf</a>").doesNotContain("/dam/" + asset);
        assertThat(html(get("/municipal/issues/" + caseId).with(as("municipal")))).contains("選定中の提案")
                .contains("<a href=\"" + file + "\">提案書.pdf</a>").doesNotContain("member@demo.example.jp");
        assertServed(file, "municipal", PDF, "提案書.pdf");
        assertNotFound(file, "municipal-kanuma");
        assertNotFound(file, otherMember);
    }

    @Test
    void aMeetingsMaterialReachesItsParticipantsAndTheStaffOnlyNeverThroughDam() throws Exception {
        java.time.LocalDate day = java.time.LocalDate.now(jp.musubi.cms.common.JapaneseTimes.ZONE).plusDays(30);
        long meeting = meetings.schedule(new MeetingInput("REGULAR", "定例打合せ（資料の閲覧範囲）", day.toString(), "10:00", "11:00",
                "県庁", null, "進捗の確認", null, List.of("municipal", "secretariat")), null, false, "secretariat");
        int position = meetings.addMaterial(meeting, "進捗資料.pdf", new ByteArrayResource(PDF), "secretariat",
                Set.of(Role.SECRETARIAT.name()));
        UUID asset = jdbc.sql("SELECT asset_id FROM meeting_material WHERE meeting_id = ? AND position = ?")
                .params(meeting, position).query(UUID.class).single();
        String file = "/meetings/" + meeting + "/materials/" + position;

        assertNotAtDam(asset, "進捗資料.pdf", PDF);
        for (String who : List.of("municipal", "secretariat", "pref")) {
            MockHttpServletResponse response = mvc.perform(get(file).with(as(who))).andReturn().getResponse();
            assertThat(response.getStatus()).as(who).isEqualTo(200);
            assertThat(response.getContentAsByteArray()).isEqualTo(PDF);
        }
        for (String who : List.of("municipal-kanuma", "member")) {
            assertThat(mvc.perform(get(file).with(as(who))).andReturn().getResponse().getStatus()).as(who).isEqualTo(404);
        }
    }

    private void assertNotAtDam(UUID asset, String filename, byte[] bytes) throws Exception {
        for (String path : List.of("/dam/" + asset, "/dam/" + asset + "/" + filename)) {
            MockHttpServletResponse anonymous = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(anonymous.getStatus()).as(path).isEqualTo(404);
            assertThat(new String(anonymous.getContentAsByteArray(), StandardCharsets.ISO_8859_1)).as(path)
                    .doesNotContain(new String(bytes, StandardCharsets.ISO_8859_1));
            assertThat(mvc.perform(get(path).with(as("secretariat"))).andReturn().getResponse().getStatus()).isEqualTo(404);
        }
    }

    private void assertServed(String path, String who, byte[] bytes, String filename) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(as(who))).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s as %s", path, who).isEqualTo(200);
        assertThat(response.getContentAsByteArray()).isEqualTo(bytes);
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-store");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                .contains(java.net.URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    private void assertNotFound(String path, String who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(as(who)).accept("text/html")).andReturn().getResponse();
        assertThat(response.getStatus()).as("%s as %s", path, who).isEqualTo(404);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("ファイルが見つかりません")
                .contains("だけが開けます").doesNotContain("%PDF");
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** A member account of another organization. */
    private String memberOf(String organization) {
        String username = "member-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(username, "別会社 太郎", username + "@example.jp", "musubi-demo-pass",
                Set.of(Role.MEMBER), organization, null));
        return username;
    }

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}

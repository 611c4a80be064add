package jp.musubi.webapp.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.issuecase.AttachmentUpload;
import jp.musubi.workflow.issuecase.CaseStateException;
import jp.musubi.workflow.issuecase.NewProposal;
import jp.musubi.workflow.issuecase.Proposals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Files attached to a member's proposal: stored with the proposal in one go, refused with a Japanese
 * message next to the file field (nothing stored, the typed text kept), and listed on the member's own page.
 */
@MusubiSpringBootTest
class ProposalAttachmentTest {

    /** Published as 募集中 in the demo data; each test opens (or closes) a case of the process for it. */
    private static final String ISSUE = "nasushiobara-water-pipe-aging";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Proposals proposals;

    private Long caseId;
    private String title;

    @BeforeEach
    void uniqueTitle() {
        title = "添付確認の提案-" + UUID.randomUUID();
    }

    @AfterEach
    void removeCase() {
        if (caseId != null) {
            List<UUID> assets = jdbc.sql("""
                    SELECT a.asset_id FROM proposal_attachment a JOIN proposal p ON p.id = a.proposal_id
                    WHERE p.issue_case_id = ?""").param(caseId).query(UUID.class).list();
            jdbc.sql("DELETE FROM proposal_attachment WHERE proposal_id IN (SELECT id FROM proposal WHERE issue_case_id = ?)")
                    .param(caseId).update();
            assets.forEach(id -> jdbc.sql("DELETE FROM cms_asset WHERE id = ?").param(id).update());
            jdbc.sql("DELETE FROM proposal WHERE issue_case_id = ?").param(caseId).update();
            jdbc.sql("DELETE FROM issue_case WHERE id = ?").param(caseId).update();
        }
    }

    @Test
    void aProposalWithAPdfAndAPngIsStoredWithItsAttachmentsAndListedToTheMember() throws Exception {
        caseId = issueCase("RECRUITING");
        MockHttpServletResponse response = mvc.perform(proposal()
                .file(new MockMultipartFile("attachments", "提案書.pdf", "application/pdf", pdf()))
                .file(new MockMultipartFile("attachments", "構成図.png", "image/png", png()))
                // A file input left empty sends a part without name or bytes: not an attachment.
                .file(new MockMultipartFile("attachments", "", "application/octet-stream", new byte[0])))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/member");

        long proposalId = jdbc.sql("SELECT id FROM proposal WHERE issue_case_id = ? AND title = ?").params(caseId, title)
                .query(Long.class).single();
        assertThat(jdbc.sql("""
                SELECT a.position || ':' || a.filename || ':' || c.media_type FROM proposal_attachment a
                JOIN cms_asset c ON c.id = a.asset_id WHERE a.proposal_id = ? ORDER BY a.position""")
                .param(proposalId).query(String.class).list())
                .containsExactly("1:提案書.pdf:application/pdf", "2:構成図.png:image/png");

        String portal = text(mvc.perform(get("/member").with(user(member()))).andReturn().getResponse());
        UUID pdfAsset = jdbc.sql("SELECT asset_id FROM proposal_attachment WHERE proposal_id = ? AND position = 1")
                .param(proposalId).query(UUID.class).single();
        assertThat(portal).contains(title).contains(">提案書.pdf</a>").contains(">構成図.png</a>")
                .contains("href=\"/proposal-files/" + proposalId + "/1\"").doesNotContain("/dam/" + pdfAsset);
        // The attachments stay off the public issue page.
        String publicPage = text(mvc.perform(get("/issues/" + ISSUE)).andReturn().getResponse());
        assertThat(publicPage).doesNotContain(pdfAsset.toString()).doesNotContain("提案書.pdf");
    }

    @Test
    void theFormOffersTheFileFieldAndNoLongerAsksForFilesByMail() throws Exception {
        caseId = issueCase("RECRUITING");
        String form = text(mvc.perform(get("/member/proposals/new").param("issue", ISSUE).with(user(member())))
                .andReturn().getResponse());
        assertThat(form).contains("enctype=\"multipart/form-data\"").contains("type=\"file\"")
                .contains("PDF・PNG・JPEG のファイルを3つまで添付できます")
                .doesNotContain("受付確認メールへの返信");
    }

    @Test
    void anExeRenamedPdfIsRefusedKeepingTheTextAndStoringNothing() throws Exception {
        caseId = issueCase("RECRUITING");
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        Arrays.fill(exe, 2, 64, (byte) 0x90);
        assertRefused(proposal().file(new MockMultipartFile("attachments", "見積.pdf", "application/pdf", exe)),
                "はアップロードできません。アップロードできるのは PDF・PNG・JPEG です。");
    }

    @Test
    void aGifIsRefusedThoughTheAssetLibraryTakesIt() throws Exception {
        caseId = issueCase("RECRUITING");
        assertRefused(proposal().file(new MockMultipartFile("attachments", "図.gif", "image/gif", image("gif"))),
                "この種類のファイルは添付できません。添付できるのは PDF・PNG・JPEG です。");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        caseId = issueCase("RECRUITING");
        assertRefused(proposal().file(new MockMultipartFile("attachments", "空.pdf", "application/pdf", new byte[0])),
                "ファイルが空です。");
    }

    @Test
    void moreThanThreeFilesAreRefused() throws Exception {
        caseId = issueCase("RECRUITING");
        MockMultipartHttpServletRequestBuilder request = proposal();
        for (int i = 1; i <= 4; i++) {
            request.file(new MockMultipartFile("attachments", "資料" + i + ".pdf", "application/pdf", pdf()));
        }
        assertRefused(request, "添付できるファイルは3つまでです。");
    }

    @Test
    void aFileOverTheAssetSizeLimitIsRefused() throws Exception {
        caseId = issueCase("RECRUITING");
        byte[] large = Arrays.copyOf(pdf(), 10 * 1024 * 1024 + 1);
        assertRefused(proposal()
                        .file(new MockMultipartFile("attachments", "小さい資料.pdf", "application/pdf", pdf()))
                        .file(new MockMultipartFile("attachments", "大きい資料.pdf", "application/pdf", large)),
                "2つ目の添付ファイル（大きい資料.pdf）：ファイルが大きすぎます。アップロードできるのは 10MB までです。");
    }

    @Test
    void aMemberCannotAttachToAClosedIssue() throws Exception {
        caseId = issueCase("REVIEWING");
        long assetsBefore = memberAssets();
        MockHttpServletResponse response = mvc.perform(proposal()
                .file(new MockMultipartFile("attachments", "提案書.pdf", "application/pdf", pdf()))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(text(response)).contains("この課題は現在、提案を受け付けていません");
        // Nor through the service, which checks the case before it takes any file.
        long organization = jdbc.sql("SELECT id FROM organization WHERE org_key = 'nasuno-denshi'").query(Long.class).single();
        assertThatThrownBy(() -> proposals.submit(caseId, new NewProposal(organization, "株式会社那須野電子", "担当 太郎",
                        "tanto@example.jp", title, "概要"),
                List.of(new AttachmentUpload("提案書.pdf", new ByteArrayResource(pdf()))), "member"))
                .isInstanceOf(CaseStateException.class).hasMessageContaining("募集していません");
        assertNothingStored(assetsBefore);
    }

    private void assertRefused(MockMultipartHttpServletRequestBuilder request, String message) throws Exception {
        long assetsBefore = memberAssets();
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        String html = text(response);
        assertThat(html).contains(message).contains("添付するファイルをもう一度選んでください。")
                .containsPattern("id=\"field-attachments-error\"[^>]*>[^<]*" + java.util.regex.Pattern.quote(message))
                .contains("href=\"#field-attachments\"")
                .containsPattern("id=\"field-attachments\"[^>]*aria-invalid=\"true\"")
                .contains("value=\"" + title + "\"").contains(">費用は月額3万円から。</textarea>");
        assertNothingStored(assetsBefore);
    }

    private void assertNothingStored(long assetsBefore) {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM proposal WHERE issue_case_id = ?").param(caseId).query(Long.class).single())
                .isZero();
        assertThat(memberAssets()).isEqualTo(assetsBefore);
    }

    private long memberAssets() {
        return jdbc.sql("SELECT COUNT(*) FROM cms_asset WHERE uploaded_by = 'member'").query(Long.class).single();
    }

    private MockMultipartHttpServletRequestBuilder proposal() {
        MockMultipartHttpServletRequestBuilder request = multipart("/member/proposals");
        request.param("issue", ISSUE).param("title", title).param("summary", "費用は月額3万円から。")
                .param("contactName", "那須野 一郎").param("contactEmail", "ichiro@nasuno.example.jp")
                .with(csrf()).with(user(member()));
        return request;
    }

    private UserDetails member() {
        return accounts.loadUserByUsername("member");
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] png() throws Exception {
        return image("png");
    }

    private static byte[] image(String format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    private long issueCase(String status) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO issue_case (title, municipality, department, summary, submitter_username, submitter_name,
                    submitter_email, status, page_name, proposal_deadline, extension_count, created_at, updated_at)
                VALUES ('添付確認用の課題', 'utsunomiya', '課', '概要', 'municipal', '市町 担当', 'municipal@demo.example.jp',
                    ?, ?, ?, 0, ?, ?)""")
                .params(status, ISSUE, Date.valueOf(LocalDate.now().plusDays(10)), Timestamp.from(Instant.now()),
                        Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }
}

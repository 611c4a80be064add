package jp.musubi.webapp.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.issuecase.AttachmentUpload;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.Proposal;
import jp.musubi.workflow.issuecase.ProposalAttachment;
import jp.musubi.workflow.issuecase.Proposals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** Staff reviewing the proposals see each proposal's attached files, linked, inside its fieldset. */
@MusubiSpringBootTest
class ProposalAttachmentInboxTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    InboxTestCases cases;
    @Autowired
    Proposals proposals;

    @Test
    void theProposalReviewLinksEachProposalsAttachments() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
        IssueCase issueCase = cases.atProposalReview(InboxTestCases.uniqueTitle("添付付きの提案審査"),
                List.of(new AttachmentUpload("実証計画.pdf", new ByteArrayResource(pdf))), "株式会社添付A");
        Proposal proposal = cases.proposals(issueCase).get(0);
        Map<Long, List<ProposalAttachment>> files = proposals.attachments(List.of(proposal.id()));
        ProposalAttachment file = files.get(proposal.id()).get(0);
        String review = cases.task(issueCase, "reviewProposals").getId();

        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/inbox/tasks/" + review)
                .with(user(accounts.loadUserByUsername("secretariat")))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        // The link sits in the proposal's own fieldset, between its legend and its radio buttons.
        assertThat(page).containsPattern("(?s)<legend>\\s*<span>「" + java.util.regex.Pattern.quote(proposal.title())
                + "[^<]*</span>.*?</legend>\\s*<ul class=\"inbox-attachments\">\\s*<li><a href=\"/proposal-files/" + proposal.id()
                + "/1\">添付ファイル：実証計画.pdf</a>");
    }
}

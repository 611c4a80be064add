package jp.musubi.webapp.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.minutes.MeetingMinutes;
import jp.musubi.workflow.minutes.MinutesSteps;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.flowable.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The approved minutes of a meeting as PDF, read back with PDFBox: written by the secretariat, approved by the
 * prefecture through the process's steps; before approval, and for anyone but the staff, there is none.
 */
@MusubiSpringBootTest
class MinutesPdfTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    MeetingMinutes minutes;
    @Autowired
    MinutesSteps steps;
    @Autowired
    TaskService tasks;

    String title;

    @Test
    void theApprovedMinutesAreAPdfWithTheirJapaneseTextForTheStaffOnly() throws Exception {
        long meetingId = 900_000_000L + (System.nanoTime() % 1_000_000);
        title = "定例打合せ：11月の定例（" + meetingId + "）";
        String process = minutes.start(meetingId, title, LocalDate.of(2026, 11, 10), "regular");
        String pdfUrl = "/meetings/" + meetingId + "/minutes.pdf";

        steps.submit(task(process, "writeMinutes"), "1. 課題の公開状況を確認した。\n2. 次回は12月8日に開催する。", "secretariat");
        MockHttpServletResponse notYet = get(pdfUrl, "pref");
        assertThat(notYet.getStatus()).as("submitted, not yet approved").isEqualTo(404);
        assertThat(notYet.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("この打合せには、承認された打合せ記録がまだありません。");
        // On the deliverables calendar: 10 business days after Tuesday 11/10, across 勤労感謝の日 (Monday 11/23).
        assertThat(row(deliverables())).contains("2026年11月10日（火）", "2026年11月25日（水）", "提出済み（県が確認中）")
                .doesNotContain(pdfUrl);

        steps.review(task(process, "reviewMinutes"), true, "内容を確認しました。", "pref");

        for (String staff : new String[]{"pref", "secretariat"}) {
            MockHttpServletResponse response = get(pdfUrl, staff);
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentType()).isEqualTo("application/pdf");
            assertThat(response.getHeader("Content-Disposition")).contains("attachment");
            try (PDDocument document = Loader.loadPDF(response.getContentAsByteArray())) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("打合せ記録", title, "1. 課題の公開状況を確認した。",
                        "2. 次回は12月8日に開催する。", "内容を確認しました。", "承認");
                PDResources resources = document.getPage(0).getResources();
                assertThat(resources.getFont(resources.getFontNames().iterator().next()).isEmbedded()).isTrue();
            }
        }
        assertThat(row(deliverables())).contains("承認済み", "href=\"" + pdfUrl + "\"", title + "の打合せ記録（PDF）");
        assertThat(get(pdfUrl, "member").getStatus()).isEqualTo(403);
        assertThat(get(pdfUrl, "municipal").getStatus()).isEqualTo(403);
        assertThat(get("/meetings/" + (meetingId + 1) + "/minutes.pdf", "pref").getStatus()).isEqualTo(404);
        assertThat(get("/meetings/abc/minutes.pdf", "pref").getStatus()).isEqualTo(404);
    }

    private String deliverables() throws Exception {
        MockHttpServletResponse page = get("/admin/program/deliverables", "pref");
        assertThat(page.getStatus()).isEqualTo(200);
        return org.springframework.web.util.HtmlUtils.htmlUnescape(page.getContentAsString(StandardCharsets.UTF_8));
    }

    /** The deliverables table's row of this test's meeting. */
    private String row(String html) {
        int at = html.indexOf(">" + title + "<");
        assertThat(at).as("the minutes are listed").isPositive();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    private String task(String process, String key) {
        return tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(key).singleResult().getId();
    }

    private MockHttpServletResponse get(String url, String username) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
                .with(user(accounts.loadUserByUsername(username)))).andReturn().getResponse();
    }
}

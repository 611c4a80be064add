package jp.musubi.webapp.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jp.musubi.cms.mail.MailOutboxProperties;
import jp.musubi.cms.mail.OutboxStore;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Kumamoto survey at scale: 1,500 generated organizations imported as targets get one invitation each
 * through the outbox and SMTP, with a personal link; 300 answer through the public form; the rate shows
 * 20 %; the reminder reaches exactly the 1,200 others.
 */
@MusubiSpringBootTest
class SurveyMailingTest {

    private static final int TARGETS = 1500;
    private static final int ANSWERS = 300;

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OutboxStore outbox;
    @Autowired
    MailOutboxProperties mailProperties;
    @Autowired
    Clock clock;

    @Test
    void fifteenHundredInvitationsThreeHundredAnswersTwentyPercentAndTwelveHundredReminders() throws Exception {
        SurveyCases cases = new SurveyCases(mvc, accounts, clock);
        String unique = Long.toString(System.nanoTime(), 36);
        String domain = "@survey-" + unique + ".example.jp";
        long id = cases.survey("DXの機運醸成に関する調査 " + unique);
        cases.standardQuestions(id);

        StringBuilder csv = new StringBuilder("組織名,メールアドレス,担当者名\n");
        for (int i = 1; i <= TARGETS; i++) {
            csv.append("株式会社調査").append(i).append(",org").append(i).append(domain).append(",担当 ").append(i).append('\n');
        }
        // The same address twice (case differs): one target.
        csv.append("株式会社調査1（重複）,ORG1").append(domain).append(",\n");
        MockHttpServletResponse imported = cases.importCsv(id, csv.toString());
        assertThat(imported.getStatus()).as(imported.getContentAsString()).isEqualTo(302);
        assertThat(targets(id)).isEqualTo(TARGETS);

        assertThat(cases.as(post("/admin/surveys/" + id + "/invite")).getStatus()).isEqualTo(302);
        SurveyMails.deliver(outbox, mailProperties, clock, greenMail.getSmtp().getPort());
        List<SurveyMails.Received> invitations = SurveyMails.read(greenMail.getReceivedMessages(), domain);
        assertThat(invitations).hasSize(TARGETS);
        Map<String, SurveyMails.Received> byAddress = invitations.stream()
                .collect(Collectors.toMap(SurveyMails.Received::to, Function.identity()));
        assertThat(byAddress).as("one mail per target").hasSize(TARGETS);
        assertThat(invitations).allSatisfy(mail -> {
            assertThat(mail.subject()).contains("アンケートご協力のお願い");
            assertThat(mail.token()).as("personal link in the mail to %s", mail.to()).isNotNull();
        });
        Set<String> tokens = invitations.stream().map(SurveyMails.Received::token).collect(Collectors.toSet());
        assertThat(tokens).as("every link is personal").hasSize(TARGETS);
        // The link of org7 opens org7's page, with its own organization name.
        String seventh = byAddress.get("org7" + domain).token();
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/survey/" + seventh))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("株式会社調査7 様からのご回答").doesNotContain("株式会社調査8 様");

        Set<String> answered = new HashSet<>();
        for (int i = 1; i <= ANSWERS; i++) {
            String address = "org" + (i * 5) + domain;
            boolean yes = i % 2 == 0;
            var request = post("/survey/" + byAddress.get(address).token()).with(csrf())
                    .param("q-q1", yes ? "はい" : "いいえ").param("q-q3", String.valueOf(1 + i % 5)).param("q-q4", "意見 " + i);
            if (yes) {
                request.param("q-q2", "業務効率化").param("q-q2", "人材育成");
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
            answered.add(address);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_target WHERE survey_id = ? AND answered_at IS NOT NULL").param(id)
                .query(Long.class).single()).isEqualTo(ANSWERS);
        String detail = cases.get("/admin/surveys/" + id).getContentAsString();
        assertThat(detail).contains("20.0 %").contains("回答 300件 / 対象 1,500件").contains("目標まであと150件");
        String results = cases.get("/admin/surveys/" + id + "/results").getContentAsString();
        assertThat(results).contains("20.0 %").contains("回答者数：300件");

        greenMail.purgeEmailFromAllMailboxes();
        MockHttpServletResponse reminded = cases.as(post("/admin/surveys/" + id + "/remind"));
        assertThat(reminded.getStatus()).isEqualTo(302);
        SurveyMails.deliver(outbox, mailProperties, clock, greenMail.getSmtp().getPort());
        List<SurveyMails.Received> reminders = SurveyMails.read(greenMail.getReceivedMessages(), domain);
        assertThat(reminders).hasSize(TARGETS - ANSWERS);
        Set<String> remindedAddresses = reminders.stream().map(SurveyMails.Received::to).collect(Collectors.toSet());
        assertThat(remindedAddresses).hasSize(TARGETS - ANSWERS).doesNotContainAnyElementsOf(answered);
        assertThat(reminders).allSatisfy(mail -> {
            assertThat(mail.subject()).contains("【再送】");
            assertThat(mail.token()).isEqualTo(byAddress.get(mail.to()).token());
        });
    }

    private long targets(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM survey_target WHERE survey_id = ?").param(id).query(Long.class).single();
    }
}

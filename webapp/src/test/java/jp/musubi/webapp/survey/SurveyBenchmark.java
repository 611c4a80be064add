package jp.musubi.webapp.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jp.musubi.cms.mail.MailOutboxProperties;
import jp.musubi.cms.mail.OutboxSender;
import jp.musubi.cms.mail.OutboxStore;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.workflow.account.AccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The survey invitations benchmark: {@code musubi.bench.targets} (1,500) imported organizations, the
 * secretariat's 招待メールを送る (one mail per target rendered and written to the outbox in one transaction),
 * then the outbox sender with {@code musubi.bench.workers} threads into GreenMail on loopback. Run by
 * bench/survey/run.sh only (-Dmusubi.bench=true); writes its figures to target/survey-bench.txt.
 */
@MusubiSpringBootTest
@EnabledIfSystemProperty(named = "musubi.bench", matches = "true")
class SurveyBenchmark {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    OutboxStore outbox;
    @Autowired
    MailOutboxProperties mailProperties;
    @Autowired
    Clock clock;

    @Test
    void sendTheInvitationsOfOneSurvey() throws Exception {
        int targets = Integer.getInteger("musubi.bench.targets", 1500);
        int workers = Integer.getInteger("musubi.bench.workers", 2);
        SurveyCases cases = new SurveyCases(mvc, accounts, clock);
        long id = cases.survey("【ベンチマーク】DXの機運醸成に関する調査");
        cases.standardQuestions(id);
        StringBuilder csv = new StringBuilder("組織名,メールアドレス,担当者名\n");
        for (int i = 1; i <= targets; i++) {
            csv.append("株式会社ベンチ").append(i).append(",bench").append(i).append("@survey-bench.example.jp,担当 ").append(i).append('\n');
        }
        assertThat(cases.importCsv(id, csv.toString()).getStatus()).isEqualTo(302);

        long start = System.nanoTime();
        assertThat(cases.as(post("/admin/surveys/" + id + "/invite")).getStatus()).isEqualTo(302);
        long enqueued = System.nanoTime();
        int sent = sendWith(workers);
        long done = System.nanoTime();

        List<SurveyMails.Received> received = SurveyMails.read(greenMail.getReceivedMessages(), "@survey-bench.example.jp");
        Map<String, SurveyMails.Received> byAddress = received.stream()
                .collect(Collectors.toMap(SurveyMails.Received::to, Function.identity()));
        assertThat(sent).isGreaterThanOrEqualTo(targets);
        assertThat(received).hasSize(targets);
        assertThat(byAddress).hasSize(targets);
        assertThat(received).allSatisfy(mail -> assertThat(mail.token()).isNotNull());

        double enqueueSeconds = (enqueued - start) / 1e9;
        double sendSeconds = (done - enqueued) / 1e9;
        double totalSeconds = (done - start) / 1e9;
        String report = String.format("""
                survey invitations benchmark: %d targets, %d sender worker(s), GreenMail SMTP on 127.0.0.1:%d, H2 in memory
                  render + enqueue (POST /admin/surveys/{id}/invite) : %8.2f s  (%8.0f mails/s)
                  SMTP delivery (outbox sender)                     : %8.2f s  (%8.0f messages/s)
                  total                                             : %8.2f s  (target <= 15 s)
                  every target received exactly one mail with its personal link: yes
                """, targets, workers, greenMail.getSmtp().getPort(), enqueueSeconds, targets / enqueueSeconds,
                sendSeconds, targets / sendSeconds, totalSeconds);
        System.out.print(report);
        Path file = Path.of("target", "survey-bench.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);
    }

    /** The outbox sender as the application runs it: {@code workers} threads calling sendDue(). */
    private int sendWith(int workers) throws Exception {
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(greenMail.getSmtp().getPort());
        OutboxSender sender = new OutboxSender(outbox, smtp, mailProperties, clock);
        ExecutorService threads = Executors.newFixedThreadPool(workers);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                runs.add(threads.submit(sender::sendDue));
            }
            int sent = 0;
            for (Future<Integer> run : runs) {
                sent += run.get();
            }
            return sent;
        } finally {
            threads.shutdown();
        }
    }
}

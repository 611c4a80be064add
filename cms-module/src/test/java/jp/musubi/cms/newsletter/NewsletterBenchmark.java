package jp.musubi.cms.newsletter;

import static jp.musubi.cms.mail.MailTestSupport.countPerRecipient;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jp.musubi.cms.mail.OutboxSender;
import jp.musubi.cms.support.CmsSpringBootTest;
import jp.musubi.cms.support.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One newsletter to many generated members, through the application's own beans: composing and
 * enqueueing (H2 in memory, batches of musubi.newsletter.batch-size), then the outbox sender with
 * {@code workers} threads into GreenMail on loopback. Run by bench/newsletter/run.sh only
 * (-Dmusubi.bench=true); writes its figures to target/newsletter-bench.txt.
 */
@CmsSpringBootTest
@EnabledIfSystemProperty(named = "musubi.bench", matches = "true")
class NewsletterBenchmark {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(TestSmtp.setup());

    @Autowired
    NewsletterSends sends;

    @Autowired
    NewsletterEnqueuer enqueuer;

    @Autowired
    NewsletterProgress progress;

    @Autowired
    OutboxSender sender;

    @Autowired
    TestMembers members;

    @Autowired
    TestPublishedContent.Articles articles;

    @Test
    void deliverOneNewsletterToAllMembers() throws Exception {
        int memberCount = Integer.getInteger("musubi.bench.members", 10_000);
        int workers = Integer.getInteger("musubi.bench.workers", 2);
        members.reset(IntStream.rangeClosed(1, memberCount)
                .mapToObj(i -> new TestMembers.Member("member-%06d".formatted(i), "member%d@bench.example.jp".formatted(i),
                        "ベンチ会員 " + i, true))
                .toList());
        articles.publish("bench-newsletter", 1, Map.of(
                "title", "【ベンチマーク】会員向けメール配信の性能測定",
                "lead", "1万件の会員に同じ記事をお届けするのにかかる時間を測ります。",
                "body", "<p>栃木県では、デジタル技術を活用した地域課題の解決を進めています。</p>".repeat(10)
                        + "<h2>会員の募集</h2><ul><li>対象：企業・大学</li><li>会費：無料</li></ul>"));

        // The members' mailboxes exist before the send, as on a real mail server: GreenMail would
        // otherwise create each on its first mail, with a scan of all the others (quadratic in members).
        for (int i = 1; i <= memberCount; i++) {
            String address = "member%d@bench.example.jp".formatted(i);
            greenMail.getUserManager().createUser(address, address, "bench");
        }

        long start = System.nanoTime();
        NewsletterSend send = sends.start("bench-newsletter", "bench");
        enqueuer.enqueue(send.id());
        long enqueued = System.nanoTime();
        int sent = sendWith(workers);
        long done = System.nanoTime();
        progress.refresh();

        assertThat(sent).isEqualTo(memberCount);
        assertThat(countPerRecipient(greenMail.getReceivedMessages())).hasSize(memberCount)
                .allSatisfy((to, n) -> assertThat(n).isEqualTo(1));
        assertThat(sends.find(send.id()).orElseThrow().status()).isEqualTo(NewsletterSendStatus.COMPLETED);

        double enqueueSeconds = (enqueued - start) / 1e9;
        double sendSeconds = (done - enqueued) / 1e9;
        double totalSeconds = (done - start) / 1e9;
        String report = String.format("""
                newsletter benchmark: %d members, %d sender worker(s), GreenMail SMTP on 127.0.0.1:%d (mailboxes created beforehand), H2 in memory
                  compose + enqueue : %8.2f s  (%8.0f recipients/s)
                  SMTP delivery     : %8.2f s  (%8.0f messages/s)
                  total             : %8.2f s  (%8.0f messages/s end to end)
                  every member received exactly one mail: yes
                """, memberCount, workers, greenMail.getSmtp().getPort(), enqueueSeconds, memberCount / enqueueSeconds,
                sendSeconds, memberCount / sendSeconds, totalSeconds, memberCount / totalSeconds);
        System.out.print(report);
        write(report);
    }

    /** The outbox sender as the application runs it: {@code workers} threads calling sendDue(). */
    private int sendWith(int workers) throws Exception {
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

    private static void write(String report) throws IOException {
        Path target = Path.of("target", "newsletter-bench.txt");
        Files.createDirectories(target.getParent());
        Files.writeString(target, report, StandardCharsets.UTF_8);
    }
}

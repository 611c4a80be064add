package jp.musubi.cms.mail;

import static jp.musubi.cms.mail.MailTestSupport.countPerRecipient;
import static jp.musubi.cms.mail.MailTestSupport.properties;
import static jp.musubi.cms.mail.MailTestSupport.smtp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jp.musubi.cms.node.NodeIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The sender against a real SMTP server (GreenMail) on a private database, with a clock the test
 * moves: crashes, SMTP outages, backoff, FAILED and retry, concurrent senders.
 */
class OutboxSenderTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
    private OutboxTestDatabase database;
    private MailOutbox outbox;
    private OutboxStore store;
    private OutboxMessages messages;

    @BeforeEach
    void setUp() {
        database = OutboxTestDatabase.create();
        outbox = new MailOutbox(database.jdbc(), properties(3), clock);
        store = new OutboxStore(database.jdbc(), NodeIdentity.startNew(false));
        messages = new OutboxMessages(database.jdbc(), clock);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void sendsEveryDueMessageOnceAndMarksItSent() throws Exception {
        List<Long> ids = enqueue(5, "once.example.jp");

        int sent = sender(smtp(port()), 3).sendDue();

        assertThat(sent).isEqualTo(5);
        assertThat(countPerRecipient(greenMail.getReceivedMessages())).hasSize(5).allSatisfy((to, n) -> assertThat(n).isEqualTo(1));
        assertThat(ids).allSatisfy(id -> assertThat(messages.find(id).orElseThrow()).satisfies(message -> {
            assertThat(message.status()).isEqualTo(MailStatus.SENT);
            assertThat(message.attempts()).isEqualTo(1);
            assertThat(message.sentAt()).isEqualTo(clock.instant());
        }));
        assertThat(sender(smtp(port()), 3).sendDue()).as("nothing left to send").isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(5);
    }

    @Test
    void anyOtherJavaMailSenderIsUsedMessageByMessageWithTheSameResult() throws Exception {
        long id = outbox.enqueue(OutgoingMail.of("test", "other@per-message.example.jp", "別の送信手段", "本文", "<p>本文</p>"));
        JavaMailSenderImpl real = smtp(port());
        JavaMailSender notSpringBoots = new JavaMailSender() {
            @Override
            public MimeMessage createMimeMessage() {
                return real.createMimeMessage();
            }

            @Override
            public MimeMessage createMimeMessage(java.io.InputStream contentStream) {
                return real.createMimeMessage(contentStream);
            }

            @Override
            public void send(MimeMessage... mimeMessages) {
                real.send(mimeMessages);
            }

            @Override
            public void send(org.springframework.mail.SimpleMailMessage... simpleMessages) {
                real.send(simpleMessages);
            }
        };

        assertThat(sender(notSpringBoots, 3).sendDue()).isEqualTo(1);

        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo(messages.find(id).orElseThrow().messageId());
        assertThat(MailTestSupport.decodedSubject(received)).isEqualTo("別の送信手段");
    }

    @Test
    void sendsTheStoredAttachmentsAfterTheBodyInOneMixedMessage() throws Exception {
        byte[] ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        outbox.enqueue(OutgoingMail.of("test", "attach@mime.example.jp", "打合せのご案内", "本文です。", "<p>本文です。</p>"),
                List.of(new jp.musubi.cms.mail.notification.MailAttachment("invitation.ics",
                        "text/calendar; charset=UTF-8; method=REQUEST", ics)));

        sender(smtp(port()), 3).sendDue();

        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getContentType()).startsWith("multipart/mixed");
        assertThat(MailTestSupport.part(received, "text/plain")).contains("本文です。");
        assertThat(MailTestSupport.part(received, "text/html")).contains("<p>本文です。</p>");
        jakarta.mail.Multipart mixed = (jakarta.mail.Multipart) received.getContent();
        jakarta.mail.BodyPart file = mixed.getBodyPart(1);
        assertThat(file.getFileName()).isEqualTo("invitation.ics");
        assertThat(file.getDisposition()).isEqualTo(jakarta.mail.Part.ATTACHMENT);
        assertThat(file.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(ics);
    }

    @Test
    void carriesTheRowsMessageIdAndSendsUtf8Alternatives() throws Exception {
        long id = outbox.enqueue(OutgoingMail.of("test", "yamada@mime.example.jp", "【テスト】会員登録完了のお知らせ",
                "山田 様\nテキスト本文です。", "<p>山田 様</p><p>HTML本文です。</p>"));

        sender(smtp(port()), 3).sendDue();

        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo(messages.find(id).orElseThrow().messageId());
        assertThat(received.getContentType()).startsWith("multipart/alternative");
        assertThat(MailTestSupport.rawSubject(received)).startsWith("=?UTF-8?").doesNotContain("会員");
        assertThat(MailTestSupport.decodedSubject(received)).isEqualTo("【テスト】会員登録完了のお知らせ");
        assertThat(MailTestSupport.part(received, "text/plain")).contains("テキスト本文です。");
        assertThat(MailTestSupport.part(received, "text/html")).contains("<p>HTML本文です。</p>");
        assertThat(received.getFrom()[0].toString()).contains("noreply@dx-platform.example.jp").startsWith("=?UTF-8?");
    }

    @Test
    void aSenderKilledMidBatchIsResumedAfterItsLeaseWithoutDuplicateOrLoss() throws Exception {
        enqueue(20, "crash.example.jp");
        OutboxSender dying = crashing(smtp(port()), 7, CrashingConnections.When.BEFORE_DELIVERY);

        assertThatThrownBy(dying::sendDue).isInstanceOf(CrashingConnections.SimulatedCrash.class);
        assertThat(greenMail.getReceivedMessages()).hasSize(7);
        assertThat(sender(smtp(port()), 3).sendDue()).as("the dead sender's lease still holds").isZero();

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        int resumed = sender(smtp(port()), 3).sendDue();

        assertThat(resumed).isEqualTo(13);
        Map<String, Long> perRecipient = countPerRecipient(greenMail.getReceivedMessages());
        assertThat(perRecipient).hasSize(20).allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1));
        assertThat(database.count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT'")).isEqualTo(20);
    }

    /**
     * The one duplicate window left: the SMTP server accepted the message and the sender died before
     * writing SENT. Exactly that one message goes out again — with the same Message-ID.
     */
    @Test
    void aCrashBetweenSmtpAcceptanceAndTheSentMarkRepeatsOnlyThatMessageWithTheSameMessageId() throws Exception {
        enqueue(10, "window.example.jp");
        OutboxSender dying = crashing(smtp(port()), 4, CrashingConnections.When.AFTER_DELIVERY);

        assertThatThrownBy(dying::sendDue).isInstanceOf(CrashingConnections.SimulatedCrash.class);
        clock.advance(Duration.ofMinutes(6));
        sender(smtp(port()), 3).sendDue();

        Map<String, Long> perRecipient = countPerRecipient(greenMail.getReceivedMessages());
        assertThat(perRecipient).hasSize(10);
        assertThat(perRecipient.values().stream().filter(n -> n == 2)).hasSize(1);
        assertThat(perRecipient.values().stream().filter(n -> n == 1)).hasSize(9);
        String twice = perRecipient.entrySet().stream().filter(e -> e.getValue() == 2).findFirst().orElseThrow().getKey();
        List<MimeMessage> copies = MailTestSupport.to(greenMail.getReceivedMessages(), twice);
        assertThat(copies.get(0).getMessageID()).isEqualTo(copies.get(1).getMessageID());
    }

    @Test
    void anSmtpOutageMidBatchPutsTheRestBackAndEverythingArrivesOnceWhenTheServerIsBack() throws Exception {
        enqueue(12, "outage.example.jp");
        int port = port();
        OutboxSender failing = crashing(smtp(port), 5, CrashingConnections.When.SERVER_GOES_DOWN);

        int sent = failing.sendDue();

        assertThat(sent).isEqualTo(5);
        assertThat(database.count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'PENDING' AND attempts = 1")).as("the one that met the outage").isEqualTo(1);
        assertThat(database.count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'PENDING' AND attempts = 0")).as("put back untried").isEqualTo(6);
        assertThat(database.jdbc().sql("SELECT last_error FROM mail_outbox WHERE attempts = 1 AND status = 'PENDING'").query(String.class).single())
                .startsWith("SMTPサーバーに接続できませんでした。");

        clock.advance(Duration.ofMinutes(1));
        int delivered = sender(smtp(port), 3).sendDue();

        assertThat(delivered).isEqualTo(7);
        assertThat(countPerRecipient(greenMail.getReceivedMessages())).hasSize(12).allSatisfy((to, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void retriesWithExponentialBackoffThenFailsAndAnAdministratorCanRetry() throws Exception {
        long id = outbox.enqueue(OutgoingMail.of("test", "suzuki@backoff.example.jp", "件名", "本文", null));
        JavaMailSenderImpl nowhere = smtp(closedPort());
        OutboxSender sender = sender(nowhere, 3);

        sender.sendDue();
        OutboxMessage first = messages.find(id).orElseThrow();
        assertThat(first.status()).isEqualTo(MailStatus.PENDING);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(first.lastError()).startsWith("SMTPサーバーに接続できませんでした。");

        clock.advance(Duration.ofSeconds(59));
        sender.sendDue();
        assertThat(messages.find(id).orElseThrow().attempts()).as("not due yet").isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        sender.sendDue();
        assertThat(messages.find(id).orElseThrow().nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));

        clock.advance(Duration.ofMinutes(2));
        sender.sendDue();
        OutboxMessage failed = messages.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).startsWith("SMTPサーバーに接続できませんでした。");

        clock.advance(Duration.ofHours(2));
        assertThat(sender.sendDue()).as("FAILED is not retried by itself").isZero();
        assertThat(messages.retry(id)).isTrue();
        assertThat(messages.retry(id)).as("only a FAILED message can be retried").isFalse();
        assertThat(sender(smtp(port()), 3).sendDue()).isEqualTo(1);
        assertThat(messages.find(id).orElseThrow().status()).isEqualTo(MailStatus.SENT);
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void anAddressThatCanNeverBeDeliveredFailsAtOnce() {
        long id = outbox.enqueue(OutgoingMail.of("test", "not an address@@example.jp", "件名", "本文", null));

        sender(smtp(port()), 8).sendDue();

        OutboxMessage failed = messages.find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).startsWith("宛先または本文の形式に誤りがあるため送信できません。");
    }

    @Test
    void concurrentSendersNeverTakeTheSameMessage() throws Exception {
        enqueue(120, "parallel.example.jp");
        List<Integer> counts = new CopyOnWriteArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                OutboxSender sender = new OutboxSender(store, smtp(port()), smallBatches(), clock);
                runs.add(threads.submit(() -> counts.add(sender.sendDue())));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdown();
        }

        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(120);
        assertThat(countPerRecipient(greenMail.getReceivedMessages())).hasSize(120).allSatisfy((to, n) -> assertThat(n).isEqualTo(1));
    }

    @Test
    void aRollbackOfTheBusinessTransactionLeavesNoMail() {
        assertThatThrownBy(() -> database.transactions().executeWithoutResult(status -> {
            outbox.enqueue(OutgoingMail.of("test", "rollback@tx.example.jp", "件名", "本文", null));
            throw new IllegalStateException("the business change fails");
        })).isInstanceOf(IllegalStateException.class);
        database.transactions().executeWithoutResult(status ->
                outbox.enqueue(OutgoingMail.of("test", "commit@tx.example.jp", "件名", "本文", null)));

        sender(smtp(port()), 3).sendDue();

        assertThat(countPerRecipient(greenMail.getReceivedMessages())).containsOnlyKeys("commit@tx.example.jp");
    }

    private MailOutboxProperties smallBatches() {
        MailOutboxProperties base = properties(3);
        MailOutboxProperties.Sender s = base.sender();
        return new MailOutboxProperties(base.from(), base.fromName(), base.replyTo(), new MailOutboxProperties.Sender(true,
                s.pollInterval(), 5, 4, s.lease(), s.maxAttempts(), s.initialBackoff(), s.maxBackoff(), s.smtpTimeout()));
    }

    private OutboxSender crashing(JavaMailSenderImpl server, int healthy, CrashingConnections.When when) {
        return new OutboxSender(store, new CrashingConnections(server, healthy, when), server, properties(3), clock);
    }

    private OutboxSender sender(JavaMailSender mailSender, int maxAttempts) {
        return new OutboxSender(store, mailSender, properties(maxAttempts), clock);
    }

    private List<Long> enqueue(int count, String domain) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> outbox.enqueue(OutgoingMail.of("test", "member" + i + "@" + domain, "お知らせ " + i,
                        "本文 " + i, "<p>本文 " + i + "</p>")))
                .toList();
    }

    private static int port() {
        return greenMail.getSmtp().getPort();
    }

    /** A port nothing listens on: the SMTP server is "down". */
    private static int closedPort() {
        return CrashingConnections.closedPort();
    }
}

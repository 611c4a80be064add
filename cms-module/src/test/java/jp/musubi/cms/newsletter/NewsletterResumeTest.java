package jp.musubi.cms.newsletter;

import static jp.musubi.cms.mail.MailTestSupport.countPerRecipient;
import static jp.musubi.cms.mail.MailTestSupport.properties;
import static jp.musubi.cms.mail.MailTestSupport.smtp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jp.musubi.cms.mail.MailOutbox;
import jp.musubi.cms.mail.MailTemplates;
import jp.musubi.cms.mail.MutableClock;
import jp.musubi.cms.mail.OutboxMessages;
import jp.musubi.cms.mail.OutboxSender;
import jp.musubi.cms.mail.OutboxStore;
import jp.musubi.cms.mail.OutboxTestDatabase;
import jp.musubi.cms.mail.OutgoingMail;
import jp.musubi.cms.node.NodeIdentity;
import jp.musubi.cms.site.SiteProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A send interrupted while its recipients are being enqueued is resumed with no duplicate and no loss. */
class NewsletterResumeTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Duration LEASE = Duration.ofMinutes(2);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
    private final TestMembers members = new TestMembers();
    private OutboxTestDatabase database;
    private NewsletterSendRepository sends;
    private NewsletterComposer composer;
    private MailOutbox outbox;

    @BeforeEach
    void setUp() {
        database = OutboxTestDatabase.create();
        sends = new NewsletterSendRepository(database.jdbc());
        SiteProperties site = new SiteProperties(null, null, "https://dx.example.jp");
        composer = new NewsletterComposer(new MailTemplates(site), site, new UnsubscribeTokens("resume-test-secret-0123"));
        outbox = new MailOutbox(database.jdbc(), properties(3), clock);
        members.reset(IntStream.rangeClosed(1, 25)
                .mapToObj(i -> new TestMembers.Member("member-%03d".formatted(i), "member%d@resume.example.jp".formatted(i),
                        "会員 " + i, true))
                .toList());
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void aNodeThatDiesMidSendIsResumedByTheNextWithEveryMemberReachedExactlyOnce() {
        long sendId = createSend();
        NewsletterEnqueuer dying = enqueuer(members, new DyingOutbox(database, clock, 25));

        assertThatThrownBy(() -> dying.enqueue(sendId)).isInstanceOf(ProcessDied.class);
        NewsletterSend interrupted = sends.find(sendId).orElseThrow();
        assertThat(interrupted.status()).isEqualTo(NewsletterSendStatus.PREPARING);
        assertThat(interrupted.enqueued()).as("two batches of 10 committed; the third died after 5 mails and rolled back").isEqualTo(20);
        assertThat(database.count("SELECT COUNT(*) FROM mail_outbox")).isEqualTo(20);

        assertThat(enqueuer(members).enqueue(sendId)).as("the dead node's lease still holds").isFalse();
        clock.advance(LEASE.plusSeconds(1));
        enqueuer(members).resumeAll();

        NewsletterSend resumed = sends.find(sendId).orElseThrow();
        assertThat(resumed.status()).isEqualTo(NewsletterSendStatus.SENDING);
        assertThat(resumed.enqueued()).isEqualTo(25);
        assertThat(resumed.total()).isEqualTo(25);
        assertThat(database.count("SELECT COUNT(*) FROM mail_outbox")).isEqualTo(25);

        new OutboxSender(new OutboxStore(database.jdbc(), NodeIdentity.startNew(true)), smtp(greenMail.getSmtp().getPort()), properties(3), clock).sendDue();
        NewsletterProgress progress = new NewsletterProgress(sends, new OutboxMessages(database.jdbc(), clock), clock);
        progress.refresh();

        assertThat(countPerRecipient(greenMail.getReceivedMessages())).hasSize(25).allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1));
        NewsletterSend done = sends.find(sendId).orElseThrow();
        assertThat(done.status()).isEqualTo(NewsletterSendStatus.COMPLETED);
        assertThat(done.sent()).isEqualTo(25);
        assertThat(done.percentDone()).isEqualTo(100);
        assertThat(progress.countSends(clock.instant().minus(Duration.ofDays(1)), clock.instant())).isEqualTo(1);
    }

    @Test
    void aSingleNodeRestartedAfterACrashResumesTheSendAtOnceNotAfterTheLease() {
        long sendId = createSend();
        NewsletterEnqueuer dying = enqueuer(members, new DyingOutbox(database, clock, 25), NodeIdentity.startNew(true));
        assertThatThrownBy(() -> dying.enqueue(sendId)).isInstanceOf(ProcessDied.class);
        assertThat(database.count("SELECT COUNT(*) FROM newsletter_send WHERE id = ? AND lease_node IS NOT NULL", sendId))
                .as("the claim names the node that made it").isEqualTo(1);

        NewsletterEnqueuer restarted = enqueuer(members, outbox, NodeIdentity.startNew(true));
        assertThat(restarted.releaseClaimsOfDeadNodes()).isEqualTo(1);
        restarted.resumeAll();

        NewsletterSend resumed = sends.find(sendId).orElseThrow();
        assertThat(resumed.status()).as("no clock advance: the dead node's lease was not waited for").isEqualTo(NewsletterSendStatus.SENDING);
        assertThat(resumed.enqueued()).isEqualTo(25);
        assertThat(database.count("SELECT COUNT(*) FROM mail_outbox")).isEqualTo(25);
    }

    @Test
    void whereSeveralNodesMayRunAStartingNodeLeavesAPeersSendUntilItsLeaseRunsOut() {
        long sendId = createSend();
        NodeIdentity peer = NodeIdentity.startNew(false);
        assertThat(sends.claim(sendId, "peer-still-working", peer.id(), clock.instant(), clock.instant().plus(LEASE))).isTrue();

        NewsletterEnqueuer starting = enqueuer(members, outbox, NodeIdentity.startNew(false));
        assertThat(starting.releaseClaimsOfDeadNodes()).isZero();
        starting.resumeAll();
        assertThat(sends.find(sendId).orElseThrow().enqueued()).isZero();

        clock.advance(LEASE.plusSeconds(1));
        starting.resumeAll();
        assertThat(sends.find(sendId).orElseThrow().status()).isEqualTo(NewsletterSendStatus.SENDING);
    }

    @Test
    void aSendIsNotCompletedWhileMailsAreStillWaitingForTheSmtpServer() {
        long sendId = createSend();
        enqueuer(members).enqueue(sendId);
        NewsletterProgress progress = new NewsletterProgress(sends, new OutboxMessages(database.jdbc(), clock), clock);

        progress.refresh();

        assertThat(sends.find(sendId).orElseThrow().status()).isEqualTo(NewsletterSendStatus.SENDING);
        assertThat(progress.countSends(clock.instant().minus(Duration.ofDays(1)), clock.instant().plusSeconds(1))).isZero();
    }

    @Test
    void aMemberWhoOptsOutWhileASendIsPreparedIsNotEnqueued() {
        long sendId = createSend();
        AtomicInteger calls = new AtomicInteger();
        NewsletterRecipients optingOutMidway = new NewsletterRecipients() {
            @Override
            public List<NewsletterRecipient> after(String afterKey, int limit) {
                if (calls.incrementAndGet() == 2) {
                    members.optOut(members.unsubscribeId("member-025"));
                }
                return members.after(afterKey, limit);
            }

            @Override
            public long count() {
                return members.count();
            }
        };

        enqueuer(optingOutMidway).enqueue(sendId);

        NewsletterSend send = sends.find(sendId).orElseThrow();
        assertThat(send.enqueued()).isEqualTo(24);
        assertThat(send.total()).as("the total follows who was actually enqueued").isEqualTo(24);
    }

    private long createSend() {
        NewsletterContent content = new NewsletterContent("resume-article", 1, "再開テストの記事", "リード文です。",
                "<p>本文です。</p>", "https://dx.example.jp/articles/resume-article");
        return sends.create(content, members.count(), "secretariat", clock.instant());
    }

    private NewsletterEnqueuer enqueuer(NewsletterRecipients recipients) {
        return enqueuer(recipients, outbox);
    }

    private NewsletterEnqueuer enqueuer(NewsletterRecipients recipients, MailOutbox outbox) {
        return enqueuer(recipients, outbox, NodeIdentity.startNew(false));
    }

    /** Each enqueuer is a node of its own, as a restarted process is. */
    private NewsletterEnqueuer enqueuer(NewsletterRecipients recipients, MailOutbox outbox, NodeIdentity node) {
        NewsletterProperties properties = new NewsletterProperties("unused-here-0123456789", Path.of("target/unused"), 10, LEASE,
                Duration.ofSeconds(10), false);
        return new NewsletterEnqueuer(sends, recipients, composer, outbox, database.transactions(), properties, node, clock);
    }

    /** The process dying: an Error that nothing in the application handles. */
    static final class ProcessDied extends Error {
        ProcessDied() {
            super("simulated crash while enqueueing");
        }
    }

    /** An outbox whose process dies right after writing its n-th mail: in the middle of a batch's transaction. */
    private static final class DyingOutbox extends MailOutbox {

        private final AtomicInteger written = new AtomicInteger();
        private final int dieAfter;

        DyingOutbox(OutboxTestDatabase database, MutableClock clock, int dieAfter) {
            super(database.jdbc(), properties(3), clock);
            this.dieAfter = dieAfter;
        }

        @Override
        public long enqueue(OutgoingMail mail) {
            long id = super.enqueue(mail);
            if (written.incrementAndGet() == dieAfter) {
                throw new ProcessDied();
            }
            return id;
        }
    }
}

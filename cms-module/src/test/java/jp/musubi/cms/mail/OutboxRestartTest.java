package jp.musubi.cms.mail;

import static jp.musubi.cms.mail.MailTestSupport.countPerRecipient;
import static jp.musubi.cms.mail.MailTestSupport.smtp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jp.musubi.cms.node.NodeIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A sending process dies and a new one starts (a new node id): on a single node the dead process's
 * claims go out right after start-up; where several nodes may run, a peer's claims wait for their
 * lease, which is what one SMTP exchange needs. Real SMTP (GreenMail), a clock the test moves.
 */
class OutboxRestartTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Duration SMTP_TIMEOUT = Duration.ofSeconds(20);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
    private final MailOutboxProperties properties = new MailOutboxProperties("noreply@dx-platform.example.jp",
            "DX推進プラットフォーム 事務局", "", new MailOutboxProperties.Sender(true, Duration.ofSeconds(5), 50, 1, null, 3,
            Duration.ofMinutes(1), Duration.ofHours(1), SMTP_TIMEOUT));
    private OutboxTestDatabase database;
    private MailOutbox outbox;

    @BeforeEach
    void setUp() {
        database = OutboxTestDatabase.create();
        outbox = new MailOutbox(database.jdbc(), properties, clock);
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void onASingleNodeTheClaimsOfTheDeadProcessAreSentRightAfterStartUpNotAfterTheLease() throws Exception {
        enqueue(20, "restart.example.jp");
        OutboxSender dying = crashing(NodeIdentity.startNew(true), 7, CrashingConnections.When.BEFORE_DELIVERY);
        assertThatThrownBy(dying::sendDue).isInstanceOf(CrashingConnections.SimulatedCrash.class);
        assertThat(database.count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENDING'")).isEqualTo(13);

        OutboxSender restarted = sender(NodeIdentity.startNew(true));
        assertThat(restarted.releaseClaimsOfDeadNodes()).isEqualTo(13);
        int sent = restarted.sendDue();

        assertThat(sent).as("at the same instant: nothing waited for the dead process's lease").isEqualTo(13);
        assertThat(countPerRecipient(greenMail.getReceivedMessages())).hasSize(20).allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1));
    }

    @Test
    void claimsRecordedWithAnotherNodeIdOrNoneAreReleasedButThisNodesOwnAreNot() {
        List<Long> ids = enqueue(3, "rows.example.jp");
        NodeIdentity self = NodeIdentity.startNew(true);
        claimAs(ids.get(0), "dead-node-1");
        claimAs(ids.get(1), null);
        claimAs(ids.get(2), self.id());

        assertThat(new OutboxStore(database.jdbc(), self).releaseClaimsOfDeadNodes(clock.instant())).isEqualTo(2);

        assertThat(database.jdbc().sql("SELECT id FROM mail_outbox WHERE status = 'PENDING' ORDER BY id").query(Long.class).list())
                .containsExactly(ids.get(0), ids.get(1));
        assertThat(database.count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at = ? "
                + "AND lease_owner IS NULL AND lease_node IS NULL", OutboxRows.timestamp(clock.instant()))).isEqualTo(2);
        assertThat(database.count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENDING' AND lease_node = ?", self.id()))
                .isEqualTo(1);
    }

    @Test
    void whereSeveralNodesMayRunAPeersClaimsWaitForTheirLeaseWhichIsThreeSmtpTimeouts() throws Exception {
        assertThat(properties.sender().lease()).isEqualTo(Duration.ofSeconds(60));
        enqueue(10, "peers.example.jp");
        OutboxSender dying = crashing(NodeIdentity.startNew(false), 3, CrashingConnections.When.BEFORE_DELIVERY);
        assertThatThrownBy(dying::sendDue).isInstanceOf(CrashingConnections.SimulatedCrash.class);
        assertThat(database.count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENDING' AND lease_until = ?",
                OutboxRows.timestamp(clock.instant().plusSeconds(60)))).isEqualTo(7);

        OutboxSender starting = sender(NodeIdentity.startNew(false));
        assertThat(starting.releaseClaimsOfDeadNodes()).as("the peer may be alive").isZero();
        clock.advance(Duration.ofSeconds(59));
        assertThat(starting.sendDue()).as("within the lease").isZero();

        clock.advance(Duration.ofSeconds(2));
        assertThat(starting.sendDue()).isEqualTo(7);
        assertThat(countPerRecipient(greenMail.getReceivedMessages())).hasSize(10).allSatisfy((to, n) -> assertThat(n).isEqualTo(1));
    }

    /** The remaining duplicate window: accepted by SMTP, not yet marked SENT. The copy is the same mail. */
    @Test
    void aMailAcceptedJustBeforeTheCrashIsResentAtStartUpWithTheSameMessageId() throws Exception {
        enqueue(6, "message-id.example.jp");
        OutboxSender dying = crashing(NodeIdentity.startNew(true), 2, CrashingConnections.When.AFTER_DELIVERY);
        assertThatThrownBy(dying::sendDue).isInstanceOf(CrashingConnections.SimulatedCrash.class);

        OutboxSender restarted = sender(NodeIdentity.startNew(true));
        restarted.releaseClaimsOfDeadNodes();
        restarted.sendDue();

        Map<String, Long> perRecipient = countPerRecipient(greenMail.getReceivedMessages());
        assertThat(perRecipient).hasSize(6);
        String twice = perRecipient.entrySet().stream().filter(e -> e.getValue() == 2).map(Map.Entry::getKey)
                .reduce((a, b) -> { throw new AssertionError("more than one duplicate: " + perRecipient); }).orElseThrow();
        List<MimeMessage> copies = MailTestSupport.to(greenMail.getReceivedMessages(), twice);
        String rowMessageId = database.jdbc().sql("SELECT message_id FROM mail_outbox WHERE recipient = ?").param(twice)
                .query(String.class).single();
        assertThat(copies).extracting(MimeMessage::getMessageID).containsExactly(rowMessageId, rowMessageId);
        assertThat(database.count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT'")).isEqualTo(6);
    }

    @Test
    void theConfiguredDefaultsGiveASixtySecondLeaseAndAnExplicitLeaseWins() {
        MailOutboxProperties defaults = Binder.get(new org.springframework.core.env.StandardEnvironment())
                .bindOrCreate("musubi.mail", MailOutboxProperties.class);
        assertThat(defaults.sender().smtpTimeout()).isEqualTo(SMTP_TIMEOUT);
        assertThat(defaults.sender().lease()).isEqualTo(Duration.ofSeconds(60));

        MailOutboxProperties explicit = new Binder(new MapConfigurationPropertySource(Map.of("musubi.mail.sender.lease", "90s")))
                .bindOrCreate("musubi.mail", MailOutboxProperties.class);
        assertThat(explicit.sender().lease()).isEqualTo(Duration.ofSeconds(90));
    }

    private void claimAs(long id, String node) {
        database.jdbc().sql("UPDATE mail_outbox SET status = 'SENDING', attempts = 1, lease_owner = ?, lease_node = ?, "
                        + "lease_until = ? WHERE id = ?")
                .params("claim-" + id, node, OutboxRows.timestamp(clock.instant().plusSeconds(60)), id)
                .update();
    }

    private OutboxSender sender(NodeIdentity node) {
        return new OutboxSender(new OutboxStore(database.jdbc(), node), smtp(greenMail.getSmtp().getPort()), properties, clock);
    }

    private OutboxSender crashing(NodeIdentity node, int healthy, CrashingConnections.When when) {
        var server = smtp(greenMail.getSmtp().getPort());
        return new OutboxSender(new OutboxStore(database.jdbc(), node), new CrashingConnections(server, healthy, when), server,
                properties, clock);
    }

    private List<Long> enqueue(int count, String domain) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> outbox.enqueue(OutgoingMail.of("test", "member" + i + "@" + domain, "お知らせ " + i,
                        "本文 " + i, "<p>本文 " + i + "</p>")))
                .toList();
    }
}

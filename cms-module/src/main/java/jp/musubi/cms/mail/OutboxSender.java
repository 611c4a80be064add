package jp.musubi.cms.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Delivers the outbox: claims due messages with a lease, sends each through the application's
 * {@link JavaMailSender} (its session and settings; one SMTP connection per batch, one SMTP
 * transaction per message), and records the outcome right after the SMTP server answered.
 *
 * <p>Delivery is at-least-once. A message goes out twice only if the SMTP server accepted it and
 * this process died (or lost the database) before the SENT mark was written — the window between
 * the server's "250 OK" and one single-row UPDATE. Sending one message per SMTP transaction and
 * marking it at once keeps that window to a single message per sender thread; the lease is renewed
 * before it could run out during an exchange, so a healthy sender's message is never taken over; and
 * the copy carries the same Message-ID (fixed in the row at enqueue), by which mail clients recognise
 * it as the same mail. A single node releases a dead predecessor's claims when it starts
 * ({@link #releaseClaimsOfDeadNodes()}), so that copy and the rest of the dead batch go out at once
 * rather than after the lease.
 *
 * <p>Safe to call from several threads and nodes at once: the claims are disjoint.
 */
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxStore store;
    private final SmtpConnections smtp;
    private final MimeMessages mimeMessages;
    private final MailOutboxProperties.Sender settings;
    private final Clock clock;
    private final AtomicReference<Instant> pausedUntil = new AtomicReference<>(Instant.MIN);
    private final AtomicInteger serverFailures = new AtomicInteger();
    private volatile boolean stopping;

    public OutboxSender(OutboxStore store, JavaMailSender mailSender, MailOutboxProperties properties, Clock clock) {
        this(store, SmtpConnections.of(mailSender), mailSender, properties, clock);
    }

    OutboxSender(OutboxStore store, SmtpConnections smtp, JavaMailSender mailSender, MailOutboxProperties properties,
                 Clock clock) {
        this.store = store;
        this.smtp = smtp;
        this.mimeMessages = new MimeMessages(mailSender, properties);
        this.settings = properties.sender();
        this.clock = clock;
    }

    /**
     * Sends every message that is due now, batch by batch, until none is left, the SMTP server is
     * unavailable (then it pauses with a growing wait), or {@link #stop()} was called.
     *
     * @return the number of messages the SMTP server accepted
     */
    public int sendDue() {
        int sent = 0;
        while (!stopping && !paused()) {
            String owner = UUID.randomUUID().toString();
            Instant now = clock.instant();
            List<OutboxMessage> batch = store.claim(owner, now, now.plus(settings.lease()), settings.batchSize());
            if (batch.isEmpty()) {
                break;
            }
            Batch result = deliver(owner, batch, now.plus(settings.lease()));
            sent += result.sent();
            if (result.interrupted()) {
                break;
            }
        }
        return sent;
    }

    /**
     * At start-up: makes the messages a dead process had claimed due now (single node only; see
     * {@link OutboxStore#releaseClaimsOfDeadNodes}).
     *
     * @return how many were released
     */
    public int releaseClaimsOfDeadNodes() {
        int released = store.releaseClaimsOfDeadNodes(clock.instant());
        if (released > 0) {
            log.warn("{} outbox message(s) claimed by a previous process were released; the one it may have been "
                    + "sending when it stopped can arrive twice, with the same Message-ID", released);
        }
        return released;
    }

    /** Lets a running {@link #sendDue()} finish its current message, then give its batch back. */
    public void stop() {
        stopping = true;
    }

    private Batch deliver(String owner, List<OutboxMessage> batch, Instant leaseUntil) {
        try (SmtpConnections.SmtpConnection connection = smtp.open()) {
            return deliver(owner, batch, leaseUntil, connection);
        }
    }

    private Batch deliver(String owner, List<OutboxMessage> batch, Instant leaseUntil, SmtpConnections.SmtpConnection connection) {
        int sent = 0;
        for (OutboxMessage message : batch) {
            Instant now = clock.instant();
            if (stopping) {
                store.release(owner, now);
                return new Batch(sent, true);
            }
            // Never start an SMTP exchange that could outlast the lease: another sender would take the message.
            if (now.plus(settings.smtpTimeout().multipliedBy(2)).isAfter(leaseUntil)) {
                leaseUntil = now.plus(settings.lease());
                if (!store.renew(owner, leaseUntil)) {
                    return new Batch(sent, false);
                }
            }
            DeliveryFailure failure = send(connection, message, now);
            if (failure == null) {
                sent++;
                serverFailures.set(0);
                if (!store.markSent(message.id(), owner, clock.instant())) {
                    log.warn("Outbox message {} was delivered after its lease had been taken over", message.id());
                }
                continue;
            }
            recordFailure(message, owner, failure, now);
            if (failure.kind() == DeliveryFailure.Kind.SERVER_UNAVAILABLE) {
                int released = store.release(owner, now);
                Duration pause = settings.backoffAfter(serverFailures.incrementAndGet());
                pausedUntil.set(now.plus(pause));
                log.warn("SMTP server unavailable; {} messages put back, next try in {}: {}", released, pause,
                        failure.description());
                return new Batch(sent, true);
            }
        }
        return new Batch(sent, false);
    }

    /** Null when the SMTP server accepted the message. Errors (not exceptions) pass: the process is going down. */
    private DeliveryFailure send(SmtpConnections.SmtpConnection connection, OutboxMessage message, Instant now) {
        try {
            MimeMessage mime = mimeMessages.build(message, store.attachments(message.id()), now);
            connection.send(mime);
            return null;
        } catch (Exception e) {
            return DeliveryFailure.of(e);
        }
    }

    private void recordFailure(OutboxMessage message, String owner, DeliveryFailure failure, Instant now) {
        boolean giveUp = failure.kind() == DeliveryFailure.Kind.PERMANENT || message.attempts() >= settings.maxAttempts();
        if (giveUp) {
            store.markFailed(message.id(), owner, failure.description());
            log.warn("Outbox message {} FAILED after {} attempt(s): {}", message.id(), message.attempts(), failure.description());
        } else {
            Instant next = now.plus(settings.backoffAfter(message.attempts()));
            store.markRetry(message.id(), owner, next, failure.description());
            log.info("Outbox message {} attempt {} failed, next at {}: {}", message.id(), message.attempts(), next,
                    failure.description());
        }
    }

    private boolean paused() {
        return clock.instant().isBefore(pausedUntil.get());
    }

    private record Batch(int sent, boolean interrupted) {
    }
}

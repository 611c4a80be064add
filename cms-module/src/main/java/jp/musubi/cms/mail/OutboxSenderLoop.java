package jp.musubi.cms.mail;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the {@link OutboxSender} in the background on this node: {@code workers} threads, each
 * emptying the outbox and then waiting {@code poll-interval}. Stopping lets the message in flight
 * finish and gives the rest of its batch back.
 */
class OutboxSenderLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSenderLoop.class);

    private final OutboxSender sender;
    private final MailOutboxProperties.Sender settings;
    private ScheduledExecutorService executor;

    OutboxSenderLoop(OutboxSender sender, MailOutboxProperties properties) {
        this.sender = sender;
        this.settings = properties.sender();
    }

    @Override
    public synchronized void start() {
        try {
            sender.releaseClaimsOfDeadNodes();
        } catch (RuntimeException e) {
            // Not fatal: those messages are taken again once their lease runs out.
            log.error("Could not release the outbox claims of a previous process", e);
        }
        AtomicInteger number = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(settings.workers(), runnable -> {
            Thread thread = new Thread(runnable, "mail-sender-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.pollInterval().toMillis();
        for (int i = 0; i < settings.workers(); i++) {
            // Staggered, so that the workers do not all poll an empty outbox at the same moment.
            executor.scheduleWithFixedDelay(this::sendDue, interval * i / settings.workers() + 1000, interval,
                    TimeUnit.MILLISECONDS);
        }
    }

    private void sendDue() {
        try {
            sender.sendDue();
        } catch (RuntimeException e) {
            // The database may be briefly away; the next poll tries again and expired leases are re-claimed.
            log.error("Mail sender pass failed", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        sender.stop();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(settings.smtpTimeout().toMillis() * 2, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}

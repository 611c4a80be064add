package jp.musubi.cms.newsletter;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

/**
 * Enqueues new sends as soon as they are started, and right at start-up and then every
 * {@code poll-interval} resumes sends that a crashed node left half-enqueued and updates the
 * progress of sends being delivered.
 * One thread per node, so a node works on one send at a time.
 */
class NewsletterBackgroundWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NewsletterBackgroundWorker.class);

    private final NewsletterEnqueuer enqueuer;
    private final NewsletterProgress progress;
    private final NewsletterProperties properties;
    private ScheduledExecutorService executor;

    NewsletterBackgroundWorker(NewsletterEnqueuer enqueuer, NewsletterProgress progress, NewsletterProperties properties) {
        this.enqueuer = enqueuer;
        this.progress = progress;
        this.properties = properties;
    }

    @EventListener
    void onStarted(NewsletterSendStarted started) {
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.execute(() -> guarded(() -> enqueuer.enqueue(started.sendId())));
        }
    }

    @Override
    public synchronized void start() {
        guarded(enqueuer::releaseClaimsOfDeadNodes);
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "newsletter-worker");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.pollInterval().toMillis();
        executor.scheduleWithFixedDelay(() -> guarded(() -> {
            enqueuer.resumeAll();
            progress.refresh();
        }), 0, interval, TimeUnit.MILLISECONDS);
    }

    private static void guarded(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            // The send keeps its cursor; the next pass resumes it.
            log.error("Newsletter worker pass failed", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
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

package jp.musubi.cms.newsletter;

import java.time.Duration;

import jp.musubi.cms.common.BackgroundLoop;
import org.springframework.context.event.EventListener;

/**
 * Enqueues new sends as soon as they are started, and right at start-up and then every
 * {@code poll-interval} resumes sends that a crashed node left half-enqueued and updates the
 * progress of sends being delivered (a failed pass leaves the send its cursor; the next resumes it).
 * One thread per node, so a node works on one send at a time.
 */
class NewsletterBackgroundWorker extends BackgroundLoop {

    private final NewsletterEnqueuer enqueuer;
    private final NewsletterProgress progress;

    NewsletterBackgroundWorker(NewsletterEnqueuer enqueuer, NewsletterProgress progress, NewsletterProperties properties) {
        super(new Schedule("newsletter-worker", 1, Duration.ZERO, properties.pollInterval(), Duration.ofSeconds(30)));
        this.enqueuer = enqueuer;
        this.progress = progress;
    }

    @EventListener
    void onStarted(NewsletterSendStarted started) {
        runSoon(() -> enqueuer.enqueue(started.sendId()));
    }

    @Override
    protected void beforeStart() {
        enqueuer.releaseClaimsOfDeadNodes();
    }

    @Override
    protected void pass() {
        enqueuer.resumeAll();
        progress.refresh();
    }
}

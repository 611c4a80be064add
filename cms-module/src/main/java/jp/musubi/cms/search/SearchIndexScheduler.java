package jp.musubi.cms.search;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the index maintenance of this node on one background thread: first a rebuild if the index
 * cannot be followed on (so start-up does not wait for it), then following the change log every
 * {@code musubi.search.follow-interval}, and at once when a publication was committed.
 */
final class SearchIndexScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexScheduler.class);

    private final SearchIndexRebuilder rebuilder;
    private final SearchIndexFollower follower;
    private final Duration interval;
    private final AtomicBoolean nudgePending = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    SearchIndexScheduler(SearchIndexRebuilder rebuilder, SearchIndexFollower follower, Duration interval) {
        this.rebuilder = rebuilder;
        this.follower = follower;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "search-index");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::maintain, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for the change log to be read now; several nudges before it runs are one run. */
    void nudge() {
        ScheduledExecutorService current = executor;
        if (current != null && nudgePending.compareAndSet(false, true)) {
            try {
                current.execute(() -> {
                    nudgePending.set(false);
                    maintain();
                });
            } catch (RejectedExecutionException stopping) {
                nudgePending.set(false);
            }
        }
    }

    private void maintain() {
        // Never let an exception escape: it would cancel the schedule for good. The next run retries.
        try {
            rebuilder.rebuildIfUnusable();
            follower.follow();
        } catch (RuntimeException e) {
            log.warn("Search index maintenance failed, retrying in {}: {}", interval, e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current == null) {
            return;
        }
        // Let a running maintenance finish rather than interrupt it in the middle of Lucene's I/O.
        current.shutdown();
        try {
            if (!current.awaitTermination(10, TimeUnit.SECONDS)) {
                current.shutdownNow();
                log.warn("Search index maintenance did not stop within 10 s; interrupted");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}

package jp.musubi.cms.common;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Work that runs in the background on this node while the application runs: {@link #pass()} on
 * {@code threads} daemon threads, each again {@code interval} after its last pass ended, staggered so
 * they do not all poll at the same moment. A failed pass is logged and the next one runs as planned
 * (the database may be briefly away). {@link #runSoon} wakes the loop for extra work on demand.
 * Stopping lets the passes in flight finish for up to {@code stopWait}.
 */
public abstract class BackgroundLoop implements SmartLifecycle {

    /** @param threadName the threads' name, numbered {@code -1}, {@code -2}… when there are several */
    public record Schedule(String threadName, int threads, Duration firstDelay, Duration interval, Duration stopWait) {
    }

    private final Logger log = LoggerFactory.getLogger(getClass());
    private final Schedule schedule;
    private volatile ScheduledExecutorService executor;

    protected BackgroundLoop(Schedule schedule) {
        this.schedule = schedule;
    }

    /** One pass of the work. */
    protected abstract void pass();

    /** Runs on the starting thread before the first pass, e.g. to take back what a dead process left. */
    protected void beforeStart() {
    }

    /** Runs before the threads are shut down, e.g. to ask a long pass to finish early. */
    protected void beforeStop() {
    }

    @Override
    public synchronized void start() {
        guarded(this::beforeStart, "Start-up work");
        AtomicInteger number = new AtomicInteger();
        ScheduledExecutorService started = Executors.newScheduledThreadPool(schedule.threads(), runnable -> {
            Thread thread = new Thread(runnable, schedule.threads() == 1 ? schedule.threadName()
                    : schedule.threadName() + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        long interval = schedule.interval().toMillis();
        for (int i = 0; i < schedule.threads(); i++) {
            started.scheduleWithFixedDelay(() -> guarded(this::pass, "Background pass"),
                    schedule.firstDelay().toMillis() + interval * i / schedule.threads(), interval, TimeUnit.MILLISECONDS);
        }
        executor = started;
    }

    /** Runs {@code work} once on the loop's threads as soon as one is free; nothing when the loop is stopped. */
    protected void runSoon(Runnable work) {
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.execute(() -> guarded(work, "Background work"));
        }
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService running = executor;
        if (running == null) {
            return;
        }
        beforeStop();
        running.shutdown();
        try {
            if (!running.awaitTermination(schedule.stopWait().toMillis(), TimeUnit.MILLISECONDS)) {
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.shutdownNow();
        }
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private void guarded(Runnable work, String what) {
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("{} of {} failed; the loop goes on", what, schedule.threadName(), e);
        }
    }
}

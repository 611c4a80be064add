package jp.musubi.cms.delivery.testdata;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * A monotonic time source for the delivery tests: still by default, or moving a set step on at
 * every read, so a time budget runs out after a known number of reads rather than after a sleep.
 */
public class SteppingNanoTime implements LongSupplier {

    private final AtomicLong now = new AtomicLong();
    private volatile long step;

    /** Every later read is this much after the one before. */
    public void stepEachRead(Duration duration) {
        step = duration.toNanos();
    }

    public void standStill() {
        step = 0;
    }

    @Override
    public long getAsLong() {
        return now.getAndAdd(step);
    }
}

package jp.musubi.cms.common;

import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value read again at most every {@code maxAge}: one scrape of {@code /actuator/prometheus} reads
 * several gauges of one figure (e.g. the outbox by status), and this lets them share one query.
 */
public final class Snapshot<T> {

    private final Supplier<T> reader;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private T value;
    private long readAt;
    private boolean read;

    public Snapshot(Supplier<T> reader, Duration maxAge) {
        this(reader, maxAge, System::nanoTime);
    }

    Snapshot(Supplier<T> reader, Duration maxAge, LongSupplier nanoTime) {
        this.reader = reader;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    public synchronized T get() {
        long now = nanoTime.getAsLong();
        if (!read || now - readAt >= maxAgeNanos) {
            value = reader.get();
            readAt = now;
            read = true;
        }
        return value;
    }
}

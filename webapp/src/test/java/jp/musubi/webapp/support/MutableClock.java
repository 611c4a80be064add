package jp.musubi.webapp.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock in tests: the system clock until a test freezes it; frozen, time moves
 * only when the test advances it, so time-dependent behaviour is checked without sleeping.
 * A test that freezes it must {@link #reset()} it afterwards (the Spring context is shared).
 */
public final class MutableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant frozen;

    public MutableClock(ZoneId zone) {
        this.zone = zone;
    }

    public MutableClock freeze() {
        frozen = Clock.system(zone).instant();
        return this;
    }

    public void advance(Duration duration) {
        if (frozen == null) {
            throw new IllegalStateException("Freeze the clock before advancing it");
        }
        frozen = frozen.plus(duration);
    }

    public void reset() {
        frozen = null;
    }

    @Override
    public Instant instant() {
        Instant now = frozen;
        return now != null ? now : Clock.system(zone).instant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : Clock.system(other);
    }
}

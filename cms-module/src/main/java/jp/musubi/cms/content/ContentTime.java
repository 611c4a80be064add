package jp.musubi.cms.content;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Time as the content store records it. */
public final class ContentTime {

    private ContentTime() {
    }

    /** Microseconds: what both H2 and PostgreSQL store, so a value read back equals the one written. */
    public static Instant now(Clock clock) {
        return truncate(clock.instant());
    }

    public static Instant truncate(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}

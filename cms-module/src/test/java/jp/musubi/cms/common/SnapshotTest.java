package jp.musubi.cms.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The gauges of one scrape share one read; a later scrape reads again. */
class SnapshotTest {

    @Test
    void readsAgainOnlyOnceTheMaxAgeHasPassed() {
        AtomicLong nanos = new AtomicLong(1_000);
        AtomicInteger reads = new AtomicInteger();
        Snapshot<Integer> snapshot = new Snapshot<>(reads::incrementAndGet, Duration.ofSeconds(1), nanos::get);

        assertThat(snapshot.get()).isEqualTo(1);
        nanos.addAndGet(Duration.ofMillis(999).toNanos());
        assertThat(snapshot.get()).as("within the second: the same read").isEqualTo(1);
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertThat(snapshot.get()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }
}

package jp.musubi.cms.search;

import java.time.Duration;
import java.util.OptionalLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jp.musubi.cms.common.Snapshot;
import jp.musubi.cms.content.ContentChangeLog;

/**
 * How far this node's index is behind the content change log: {@code musubi.search.index.lag}, the
 * number of changes not applied yet (every change while the index is being rebuilt). Stays near 0 when
 * the follower keeps up; a value that grows means publications do not reach this node's search.
 */
class SearchIndexMetrics implements MeterBinder {

    static final String LAG = "musubi.search.index.lag";

    private final Snapshot<Long> lag;

    SearchIndexMetrics(SearchIndex index, ContentChangeLog changes) {
        this.lag = new Snapshot<>(() -> {
            long last = changes.lastSequence();
            OptionalLong committed = index.committedSequence();
            return Math.max(0, last - committed.orElse(0));
        }, Duration.ofSeconds(1));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(LAG, lag, Snapshot::get)
                .baseUnit("changes")
                .description("Content changes this node's search index has not applied yet")
                .register(registry);
    }
}

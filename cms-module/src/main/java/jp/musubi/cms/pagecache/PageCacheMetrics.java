package jp.musubi.cms.pagecache;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * The published-response cache of this node: {@code musubi.page.cache.requests} by result (hit, miss),
 * the hit ratio since start ({@code musubi.page.cache.hit.ratio}, 0 before the first cacheable
 * request), and the number and size of the kept responses.
 */
class PageCacheMetrics implements MeterBinder {

    static final String REQUESTS = "musubi.page.cache.requests";
    static final String HIT_RATIO = "musubi.page.cache.hit.ratio";

    private final PageCache cache;

    PageCacheMetrics(PageCache cache) {
        this.cache = cache;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        PageCacheCounts counts = cache.counts();
        FunctionCounter.builder(REQUESTS, counts, PageCacheCounts::hits).tag("result", "hit")
                .description("Cacheable requests answered from the published-response cache").register(registry);
        FunctionCounter.builder(REQUESTS, counts, PageCacheCounts::misses).tag("result", "miss")
                .description("Cacheable requests rendered by the application").register(registry);
        FunctionCounter.builder(REQUESTS, counts, PageCacheCounts::coalesced).tag("result", "coalesced")
                .description("Cacheable requests that waited for another request's rendering of the same page")
                .register(registry);
        Gauge.builder(HIT_RATIO, counts, PageCacheMetrics::ratio)
                .description("Share of cacheable requests answered from memory since start").register(registry);
        Gauge.builder("musubi.page.cache.entries", cache, PageCache::size)
                .description("Responses kept by this node").register(registry);
        Gauge.builder("musubi.page.cache.size", cache, PageCache::weightedBytes).baseUnit("bytes")
                .description("Approximate heap use of the kept responses").register(registry);
    }

    static double ratio(PageCacheCounts counts) {
        long hits = counts.hits();
        long all = hits + counts.misses();
        return all == 0 ? 0 : (double) hits / all;
    }
}

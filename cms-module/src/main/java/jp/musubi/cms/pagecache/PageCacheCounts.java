package jp.musubi.cms.pagecache;

import java.util.concurrent.atomic.LongAdder;

/**
 * Cacheable requests this node answered from memory (hits) or had to render (misses), since start.
 * Requests that waited for another request's rendering of the same page and got its bytes are
 * coalesced. Requests the cache never keeps (logged-in users, forms, searches) count as neither.
 */
final class PageCacheCounts {

    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder coalesced = new LongAdder();

    void hit() {
        hits.increment();
    }

    void miss() {
        misses.increment();
    }

    void coalesce() {
        coalesced.increment();
    }

    long coalesced() {
        return coalesced.sum();
    }

    long hits() {
        return hits.sum();
    }

    long misses() {
        return misses.sum();
    }
}

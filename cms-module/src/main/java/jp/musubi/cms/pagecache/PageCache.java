package jp.musubi.cms.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import jp.musubi.cms.content.ContentChangeLog;

/** The cached responses of this node and the watch that invalidates them; its figures for the notes and tests. */
public class PageCache {

    private final Cache<String, CachedResponse> entries;
    private final ChangeLogWatch watch;
    private final PageCacheCounts counts = new PageCacheCounts();

    PageCache(PageCacheProperties properties, ContentChangeLog changeLog) {
        this.entries = PageCacheConfiguration.entries(properties);
        this.watch = new ChangeLogWatch(changeLog, properties.checkInterval().toNanos(), System::nanoTime,
                entries::invalidateAll);
    }

    Cache<String, CachedResponse> entries() {
        return entries;
    }

    ChangeLogWatch watch() {
        return watch;
    }

    PageCacheCounts counts() {
        return counts;
    }

    /** Cacheable requests answered from memory since start. */
    public long hits() {
        return counts.hits();
    }

    /** Cacheable requests rendered by the application since start. */
    public long misses() {
        return counts.misses();
    }

    /** Cacheable requests that got the bytes another request was rendering for the same page. */
    public long coalesced() {
        return counts.coalesced();
    }

    /** How many responses are kept. */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /** Their approximate heap use in bytes (bodies of both encodings, headers, keys, objects). */
    public long weightedBytes() {
        entries.cleanUp();
        return entries.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
    }

    /** Forgets every response (tests; a node answers from the application until it has rendered them again). */
    public void clear() {
        entries.invalidateAll();
    }
}

package jp.musubi.cms.pagecache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the published-response cache ({@code musubi.page-cache.*}). A missing, zero or
 * negative value takes the default.
 *
 * @param enabled              false serves every request from the application (default true)
 * @param checkInterval        how often at most this node asks the content change log whether it
 *                             moved (default 250 ms): a publication is visible within this bound
 * @param maxEntryAge          an entry is rendered again after this long even if the log did not
 *                             move (default 60 s): bounds time-dependent parts (deadlines) and a
 *                             change committed out of sequence order
 * @param maxBytes             the cache's size bound in bytes of bodies, both encodings (default 64 MiB)
 * @param maxBodyBytes         a larger response is not kept (default 2 MiB)
 * @param browserMaxAge        {@code max-age} sent to browsers (default 1 s)
 * @param sharedMaxAge         {@code s-maxage} sent to CDNs and proxies (default 1 s)
 * @param staleWhileRevalidate {@code stale-while-revalidate} (default 10 s)
 * @param missWait             how long a request that misses a page another request is rendering waits
 *                             for that rendering's bytes before it renders on its own (default 5 s)
 */
@ConfigurationProperties("musubi.page-cache")
public record PageCacheProperties(Boolean enabled, Duration checkInterval, Duration maxEntryAge, Long maxBytes,
                                  Long maxBodyBytes, Duration browserMaxAge, Duration sharedMaxAge,
                                  Duration staleWhileRevalidate, Duration missWait) {

    public PageCacheProperties {
        enabled = enabled == null || enabled;
        checkInterval = positiveOr(checkInterval, Duration.ofMillis(250));
        maxEntryAge = positiveOr(maxEntryAge, Duration.ofSeconds(60));
        maxBytes = maxBytes == null || maxBytes <= 0 ? 64L * 1024 * 1024 : maxBytes;
        maxBodyBytes = maxBodyBytes == null || maxBodyBytes <= 0 ? 2L * 1024 * 1024 : maxBodyBytes;
        browserMaxAge = positiveOr(browserMaxAge, Duration.ofSeconds(1));
        sharedMaxAge = positiveOr(sharedMaxAge, Duration.ofSeconds(1));
        staleWhileRevalidate = positiveOr(staleWhileRevalidate, Duration.ofSeconds(10));
        missWait = positiveOr(missWait, Duration.ofSeconds(5));
    }

    static PageCacheProperties defaults() {
        return new PageCacheProperties(null, null, null, null, null, null, null, null, null);
    }

    /** The Cache-Control of every public page and delivery response. */
    String cacheControl() {
        return "public, max-age=" + browserMaxAge.toSeconds() + ", s-maxage=" + sharedMaxAge.toSeconds()
                + ", stale-while-revalidate=" + staleWhileRevalidate.toSeconds();
    }

    private static Duration positiveOr(Duration value, Duration fallback) {
        return value == null || value.isNegative() || value.isZero() ? fallback : value;
    }
}

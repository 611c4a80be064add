package jp.musubi.cms.pagecache;

import java.util.List;

/**
 * One response as the application rendered it for an anonymous visitor, with its gzip copy.
 *
 * @param headers      the application's headers (security headers included), without cookies,
 *                     caching, validators and lengths, which the cache writes itself
 * @param body         the identity bytes
 * @param gzip         the gzip bytes, or null when compressing is not worth it
 * @param etag         the identity entity tag (quoted); the gzip copy's ends in {@code -gz"}
 * @param lastModified milliseconds since the epoch, whole seconds
 * @param generation   the change-log generation this was rendered under
 * @param storedNanos  when it was stored ({@link System#nanoTime()})
 */
record CachedResponse(String contentType, List<Header> headers, byte[] body, byte[] gzip, String etag,
                      long lastModified, long generation, long storedNanos) {

    record Header(String name, String value) {
    }

    String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gz\"";
    }

    /** Approximate bytes on the heap: both bodies, the headers, and the objects around them. */
    int weight() {
        int size = 200 + body.length + (gzip == null ? 0 : gzip.length) + 2 * etag.length() + contentType.length();
        for (Header header : headers) {
            size += 80 + header.name().length() + header.value().length();
        }
        return size;
    }
}

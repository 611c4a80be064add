package jp.musubi.cms.content;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of the content change log ({@code cms_content_change}), written in the same transaction
 * as the publication change. Each application node follows the log (by ascending {@code sequence})
 * to keep its derived data — search index, delivery caches — current.
 */
public record ContentChange(long sequence, UUID itemId, String workspace, String name, Kind kind, Instant at) {

    public enum Kind {
        PUBLISHED,
        UNPUBLISHED,
        DELETED
    }
}

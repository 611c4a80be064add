package jp.musubi.cms.delivery;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;

import jp.musubi.cms.content.PublishedItem;

/**
 * The published items of one workspace as read at one point of the change log.
 *
 * @param items       by {@code @name}
 * @param epoch       the {@link PublishedSnapshots} epoch it was read in (a new epoch invalidates it)
 * @param sequence    the change-log sequence known before reading: changes after it may be missing
 * @param loadedNanos {@code System.nanoTime()} when reading started, for the maximum age
 * @param removedAt   when this node last saw an item leave the workspace; null if never
 */
record WorkspaceSnapshot(String workspace, Map<String, PublishedItem> items, long epoch, long sequence,
                         long loadedNanos, Instant removedAt) {

    WorkspaceSnapshot {
        items = Collections.unmodifiableMap(items);
    }
}

package jp.musubi.cms.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import jp.musubi.cms.content.ContentChange;
import jp.musubi.cms.content.ContentChangeLog;
import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.cms.content.PublishedContent;
import jp.musubi.cms.content.PublishedItem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * In-memory copies of the published items of each workspace, kept current by following the
 * content change log. Every request asks the log for its last sequence (one cheap query); only
 * when it moved are the new changes read, and only the workspaces they touch are read again, on
 * their next request. So every node of a cluster serves what the database holds without any
 * message between nodes.
 *
 * <p>A snapshot is also re-read once older than {@code musubi.delivery.snapshot-max-age}: a change
 * whose sequence was taken before a later one's but committed after it is invisible to a
 * sequence-follower, and the age bounds how long such a rare change can stay unseen.
 */
@Component
class PublishedSnapshots {

    /** More changes than this since the last look: re-reading everything is cheaper than following. */
    static final int CHANGE_BATCH = 1000;

    /** How far this node has followed the log; a new epoch invalidates every snapshot. */
    private record Position(long epoch, long sequence) {
    }

    private final PublishedContent content;
    private final ContentChangeLog changeLog;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final Clock clock;

    private volatile Position position = new Position(0, -1);
    private final Map<String, Long> lastChange = new ConcurrentHashMap<>();
    private final Map<String, WorkspaceSnapshot> snapshots = new ConcurrentHashMap<>();
    private final Map<String, Object> loadLocks = new ConcurrentHashMap<>();

    @Autowired
    PublishedSnapshots(PublishedContent content, ContentChangeLog changeLog, DeliveryProperties properties,
                       ObjectProvider<Clock> clock) {
        this(content, changeLog, properties, System::nanoTime, clock.getIfAvailable(Clock::systemUTC));
    }

    PublishedSnapshots(PublishedContent content, ContentChangeLog changeLog, DeliveryProperties properties,
                       LongSupplier nanoTime, Clock clock) {
        this.content = content;
        this.changeLog = changeLog;
        this.maxAgeNanos = properties.snapshotMaxAge().toNanos();
        this.nanoTime = nanoTime;
        this.clock = clock;
    }

    /** Catches up with the change log; call once per request, before {@link #snapshot}. */
    void sync() {
        long last = changeLog.lastSequence();
        if (last != position.sequence()) {
            follow(last);
        }
    }

    private synchronized void follow(long last) {
        Position current = position;
        if (last == current.sequence()) {
            return;
        }
        if (current.sequence() < 0 || last < current.sequence()) {
            // First look, or a log that went back (a restored database): trust no snapshot.
            startEpoch(current, last);
            return;
        }
        List<ContentChange> changes = changeLog.changesAfter(current.sequence(), CHANGE_BATCH);
        if (changes.size() >= CHANGE_BATCH) {
            startEpoch(current, last);
            return;
        }
        long reached = last;
        for (ContentChange change : changes) {
            // Recorded before the position moves, so a snapshot read before the change is never taken as current.
            lastChange.merge(change.workspace(), change.sequence(), Math::max);
            reached = Math.max(reached, change.sequence());
        }
        position = new Position(current.epoch(), reached);
    }

    private void startEpoch(Position current, long last) {
        lastChange.clear();
        position = new Position(current.epoch() + 1, last);
    }

    /** The current published items of a workspace, read from the store only when they changed. */
    WorkspaceSnapshot snapshot(String workspace) {
        WorkspaceSnapshot snapshot = snapshots.get(workspace);
        if (isCurrent(snapshot)) {
            return snapshot;
        }
        synchronized (loadLocks.computeIfAbsent(workspace, w -> new Object())) {
            WorkspaceSnapshot previous = snapshots.get(workspace);
            if (isCurrent(previous)) {
                return previous;
            }
            WorkspaceSnapshot fresh = load(workspace, previous);
            snapshots.put(workspace, fresh);
            return fresh;
        }
    }

    private boolean isCurrent(WorkspaceSnapshot snapshot) {
        if (snapshot == null) {
            return false;
        }
        Position current = position;
        Long changed = lastChange.get(snapshot.workspace());
        return snapshot.epoch() == current.epoch()
                && (changed == null || snapshot.sequence() >= changed)
                && nanoTime.getAsLong() - snapshot.loadedNanos() < maxAgeNanos;
    }

    private WorkspaceSnapshot load(String workspace, WorkspaceSnapshot previous) {
        // Taken before reading: whatever the log holds up to here is in what findAll returns.
        Position before = position;
        long started = nanoTime.getAsLong();
        Map<String, PublishedItem> items = new LinkedHashMap<>();
        for (PublishedItem item : content.findAll(workspace)) {
            // The contract says published only; checked again because delivering a draft cannot be undone.
            if (item.status() != PublicationStatus.UNPUBLISHED && workspace.equals(item.workspace())) {
                items.put(item.name(), item);
            }
        }
        Instant removedAt = previous == null ? null : previous.removedAt();
        if (previous != null && !items.keySet().containsAll(previous.items().keySet())) {
            removedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        }
        return new WorkspaceSnapshot(workspace, items, before.epoch(), before.sequence(), started, removedAt);
    }
}

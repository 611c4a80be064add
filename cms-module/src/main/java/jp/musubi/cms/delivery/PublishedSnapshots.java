package jp.musubi.cms.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
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
 * when it moved are the new changes read, and only the items they name are read again, on the
 * next request for their workspace (the whole workspace when too many changed). So every node of
 * a cluster serves what the database holds without any message between nodes, and a publication
 * costs a few single-item reads rather than re-reading thousands of items.
 *
 * <p>A snapshot is also re-read once older than {@code musubi.delivery.snapshot-max-age}: a change
 * whose sequence was taken before a later one's but committed after it is invisible to a
 * sequence-follower, and the age bounds how long such a rare change can stay unseen.
 */
@Component
class PublishedSnapshots {

    /** More changes than this since the last look: re-reading everything is cheaper than following. */
    static final int CHANGE_BATCH = 1000;
    /** More changed items than this in one workspace: it is read whole instead of item by item. */
    static final int INCREMENTAL_LIMIT = 100;

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
    /** Per workspace, the items changed since its snapshot was read: sequence → name. */
    private final Map<String, NavigableMap<Long, String>> pending = new HashMap<>();
    /** Per workspace, the last sequence of changes forgotten because there were too many. */
    private final Map<String, Long> overflow = new HashMap<>();
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
            remember(change);
            reached = Math.max(reached, change.sequence());
        }
        position = new Position(current.epoch(), reached);
    }

    private void startEpoch(Position current, long last) {
        lastChange.clear();
        pending.clear();
        overflow.clear();
        position = new Position(current.epoch() + 1, last);
    }

    private void remember(ContentChange change) {
        NavigableMap<Long, String> names = pending.computeIfAbsent(change.workspace(), w -> new TreeMap<>());
        names.put(change.sequence(), change.name());
        if (names.size() > INCREMENTAL_LIMIT) {
            // Bounded memory for a busy workspace nobody asks for: it will be read whole.
            overflow.merge(change.workspace(), names.lastKey(), Math::max);
            names.clear();
        }
    }

    /** Names changed in a workspace after {@code sequence}, or null when it must be read whole. */
    private synchronized Set<String> changedSince(String workspace, long sequence) {
        Long forgotten = overflow.get(workspace);
        if (forgotten != null && forgotten > sequence) {
            return null;
        }
        NavigableMap<Long, String> names = pending.get(workspace);
        return names == null ? Set.of() : new LinkedHashSet<>(names.tailMap(sequence, false).values());
    }

    /** Forgets the changes a snapshot read at {@code sequence} already holds. */
    private synchronized void forget(String workspace, long sequence) {
        NavigableMap<Long, String> names = pending.get(workspace);
        if (names != null) {
            names.headMap(sequence, true).clear();
            if (names.isEmpty()) {
                pending.remove(workspace);
            }
        }
        Long forgotten = overflow.get(workspace);
        if (forgotten != null && forgotten <= sequence) {
            overflow.remove(workspace);
        }
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
        // Taken before reading: whatever the log holds up to here is in what is read below.
        Position before = position;
        long started = nanoTime.getAsLong();
        Set<String> changed = previous == null || previous.epoch() != before.epoch()
                || started - previous.loadedNanos() >= maxAgeNanos
                ? null : changedSince(workspace, previous.sequence());
        WorkspaceSnapshot fresh = changed == null
                ? readWhole(workspace, previous, before, started)
                : readChanged(workspace, previous, changed, before);
        forget(workspace, before.sequence());
        return fresh;
    }

    private WorkspaceSnapshot readWhole(String workspace, WorkspaceSnapshot previous, Position before, long started) {
        Map<String, PublishedItem> items = new HashMap<>();
        for (PublishedItem item : content.findAll(workspace)) {
            if (isDeliverable(item, workspace)) {
                items.put(item.name(), item);
            }
        }
        return new WorkspaceSnapshot(workspace, items, before.epoch(), before.sequence(), started,
                removedAt(previous, items));
    }

    /** The previous snapshot with the changed items read again; the age stays that of the last whole read. */
    private WorkspaceSnapshot readChanged(String workspace, WorkspaceSnapshot previous, Set<String> changed,
                                         Position before) {
        Map<String, PublishedItem> items = new HashMap<>(previous.items());
        for (String name : changed) {
            PublishedItem item = content.find(workspace, name).filter(i -> isDeliverable(i, workspace)).orElse(null);
            if (item == null) {
                items.remove(name);
            } else {
                items.put(name, item);
            }
        }
        return new WorkspaceSnapshot(workspace, items, before.epoch(), before.sequence(), previous.loadedNanos(),
                removedAt(previous, items));
    }

    /** The contract says published only; checked again because delivering a draft cannot be undone. */
    private static boolean isDeliverable(PublishedItem item, String workspace) {
        return item.status() != PublicationStatus.UNPUBLISHED && workspace.equals(item.workspace());
    }

    private Instant removedAt(WorkspaceSnapshot previous, Map<String, PublishedItem> items) {
        if (previous == null) {
            return null;
        }
        if (!items.keySet().containsAll(previous.items().keySet())) {
            return clock.instant().truncatedTo(ChronoUnit.SECONDS);
        }
        return previous.removedAt();
    }
}

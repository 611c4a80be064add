package jp.musubi.cms.delivery.testdata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jp.musubi.cms.content.ContentChange;
import jp.musubi.cms.content.ContentChangeLog;

/** A change log in memory for the delivery tests; counts how often it is asked. */
public class InMemoryContentChangeLog implements ContentChangeLog {

    private final List<ContentChange> changes = new ArrayList<>();
    private final AtomicInteger lastSequenceCalls = new AtomicInteger();
    private final AtomicInteger changesAfterCalls = new AtomicInteger();
    private long offset;

    @Override
    public synchronized List<ContentChange> changesAfter(long afterSequence, int limit) {
        changesAfterCalls.incrementAndGet();
        return changes.stream().filter(c -> c.sequence() > afterSequence).limit(limit).toList();
    }

    @Override
    public synchronized long lastSequence() {
        lastSequenceCalls.incrementAndGet();
        return changes.isEmpty() ? offset : changes.get(changes.size() - 1).sequence();
    }

    public synchronized ContentChange append(UUID itemId, String workspace, String name, ContentChange.Kind kind) {
        ContentChange change = new ContentChange(lastSequenceQuietly() + 1, itemId, workspace, name, kind, Instant.now());
        changes.add(change);
        return change;
    }

    /** Empties the log and restarts its sequence at {@code sequence}, as a restored database would. */
    public synchronized void resetTo(long sequence) {
        changes.clear();
        offset = sequence;
    }

    private long lastSequenceQuietly() {
        return changes.isEmpty() ? offset : changes.get(changes.size() - 1).sequence();
    }

    public int lastSequenceCalls() {
        return lastSequenceCalls.get();
    }

    public int changesAfterCalls() {
        return changesAfterCalls.get();
    }
}

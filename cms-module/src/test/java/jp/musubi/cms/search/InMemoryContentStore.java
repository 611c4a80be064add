package jp.musubi.cms.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import jp.musubi.cms.content.ContentChange;
import jp.musubi.cms.content.ContentChangeLog;
import jp.musubi.cms.content.PublishedContent;
import jp.musubi.cms.content.PublishedItem;

/**
 * The published content and its change log, in memory, as the content store keeps them in the
 * database. A plain class, never a Spring bean: tests and the benchmark create their own.
 */
public final class InMemoryContentStore implements PublishedContent, ContentChangeLog {

    private final Map<String, PublishedItem> published = new ConcurrentHashMap<>();
    private final List<ContentChange> log = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();

    /** Publishes the item (or its new revision) and logs it. */
    public void publish(PublishedItem item) {
        published.put(key(item.workspace(), item.name()), item);
        append(new ContentChange(sequence.incrementAndGet(), item.id(), item.workspace(), item.name(),
                ContentChange.Kind.PUBLISHED, Instant.now()));
    }

    /** Publishes without logging, as the content was before the log existed (rebuild only finds it). */
    public void putWithoutLog(PublishedItem item) {
        published.put(key(item.workspace(), item.name()), item);
    }

    public void unpublish(PublishedItem item) {
        published.remove(key(item.workspace(), item.name()));
        append(new ContentChange(sequence.incrementAndGet(), item.id(), item.workspace(), item.name(),
                ContentChange.Kind.UNPUBLISHED, Instant.now()));
    }

    /** Logs a change with a chosen sequence and time, leaving gaps as a database sequence can. */
    void appendChange(ContentChange change) {
        sequence.accumulateAndGet(change.sequence(), Math::max);
        append(change);
    }

    void removeWithoutLog(PublishedItem item) {
        published.remove(key(item.workspace(), item.name()));
    }

    private void append(ContentChange change) {
        log.add(change);
        log.sort(Comparator.comparingLong(ContentChange::sequence));
    }

    @Override
    public Optional<PublishedItem> find(String workspace, String name) {
        return Optional.ofNullable(published.get(key(workspace, name)));
    }

    @Override
    public List<PublishedItem> findAll(String workspace) {
        return published.values().stream().filter(i -> i.workspace().equals(workspace)).toList();
    }

    @Override
    public List<ContentChange> changesAfter(long afterSequence, int limit) {
        List<ContentChange> changes = new ArrayList<>();
        for (ContentChange change : log) {
            if (change.sequence() > afterSequence && changes.size() < limit) {
                changes.add(change);
            }
        }
        return changes;
    }

    @Override
    public long lastSequence() {
        return sequence.get();
    }

    private static String key(String workspace, String name) {
        return workspace + "/" + name;
    }
}

package jp.musubi.cms.delivery.testdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jp.musubi.cms.content.ContentChange;
import jp.musubi.cms.content.PublishedContent;
import jp.musubi.cms.content.PublishedItem;

/**
 * Published revisions in memory for the delivery tests. Publishing and unpublishing write to the
 * change log like the real store; {@link #putSilently} does not, to imitate a change the log misses.
 */
public class InMemoryPublishedContent implements PublishedContent {

    private final InMemoryContentChangeLog log;
    private final Map<String, Map<String, PublishedItem>> workspaces = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> findAllCalls = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> findCalls = new ConcurrentHashMap<>();

    public InMemoryPublishedContent(InMemoryContentChangeLog log) {
        this.log = log;
    }

    @Override
    public Optional<PublishedItem> find(String workspace, String name) {
        findCalls.computeIfAbsent(workspace, w -> new AtomicInteger()).incrementAndGet();
        return Optional.ofNullable(items(workspace).get(name));
    }

    @Override
    public List<PublishedItem> findAll(String workspace) {
        findAllCalls.computeIfAbsent(workspace, w -> new AtomicInteger()).incrementAndGet();
        return new ArrayList<>(items(workspace).values());
    }

    public PublishedItem publish(PublishedItem item) {
        putSilently(item);
        log.append(item.id(), item.workspace(), item.name(), ContentChange.Kind.PUBLISHED);
        return item;
    }

    public void unpublish(String workspace, String name) {
        PublishedItem removed = items(workspace).remove(name);
        if (removed != null) {
            log.append(removed.id(), workspace, name, ContentChange.Kind.UNPUBLISHED);
        }
    }

    public void putSilently(PublishedItem item) {
        items(item.workspace()).put(item.name(), item);
    }

    /** Unpublishes everything, logging each like the real store, so tests can start from nothing. */
    public void unpublishAll() {
        for (Map.Entry<String, Map<String, PublishedItem>> workspace : workspaces.entrySet()) {
            for (String name : List.copyOf(workspace.getValue().keySet())) {
                unpublish(workspace.getKey(), name);
            }
        }
    }

    public int findAllCalls(String workspace) {
        AtomicInteger calls = findAllCalls.get(workspace);
        return calls == null ? 0 : calls.get();
    }

    public int findCalls(String workspace) {
        AtomicInteger calls = findCalls.get(workspace);
        return calls == null ? 0 : calls.get();
    }

    private Map<String, PublishedItem> items(String workspace) {
        return workspaces.computeIfAbsent(workspace, w -> new ConcurrentHashMap<>());
    }
}

package jp.musubi.cms.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import jp.musubi.cms.content.ContentChange;
import jp.musubi.cms.content.ContentChangeLog;
import jp.musubi.cms.content.PublishedContent;
import jp.musubi.cms.content.PublishedItem;
import org.apache.lucene.document.Document;

/**
 * Keeps the index current by following the content change log from the sequence committed with the
 * index. A change is applied by reading the item's published revision again, so applying a change
 * twice, or late, or out of order, always leaves the item's current state: the follower may re-read
 * parts of the log freely.
 */
final class SearchIndexFollower {

    private final SearchIndex index;
    private final ItemDocuments documents;
    private final PublishedContent content;
    private final ContentChangeLog changes;
    private final int batchSize;
    private final Duration gapGrace;
    private final Clock clock;

    SearchIndexFollower(SearchIndex index, SearchSchema schema, PublishedContent content, ContentChangeLog changes,
                        int batchSize, Duration gapGrace, Clock clock) {
        this.index = index;
        this.documents = new ItemDocuments(schema);
        this.content = content;
        this.changes = changes;
        this.batchSize = batchSize;
        this.gapGrace = gapGrace;
        this.clock = clock;
    }

    /**
     * Applies the changes the index has not seen; returns how many changes were read. Does nothing while
     * the index has no committed sequence (it must be rebuilt first).
     */
    int follow() {
        int read = 0;
        while (true) {
            OptionalLong committed = index.committedSequence();
            if (committed.isEmpty()) {
                return read;
            }
            long position = committed.getAsLong();
            List<ContentChange> batch = changes.changesAfter(position, batchSize);
            if (batch.isEmpty()) {
                return read;
            }
            long reached = reachedSequence(position, batch);
            index.update(operations(batch), reached);
            read += batch.size();
            if (batch.size() < batchSize || reached == position) {
                return read;
            }
        }
    }

    /**
     * The sequence up to which every change has been seen. The content store hands numbers out in commit
     * order without gaps (under a counter row lock), so this is the batch's last sequence. Should a gap
     * ever appear (numbers from a database sequence are taken before commit, so 11 can be visible while
     * 10 is still being committed), the position stops before it, while the changes after it are applied
     * now and again later, until the gap is older than the grace period: then the missing number is
     * taken to belong to a transaction that rolled back.
     */
    long reachedSequence(long position, List<ContentChange> batch) {
        Instant graceLimit = clock.instant().minus(gapGrace);
        long reached = position;
        for (ContentChange change : batch) {
            boolean next = change.sequence() == reached + 1;
            boolean gapExpired = change.at() != null && change.at().isBefore(graceLimit);
            if (!next && !gapExpired) {
                break;
            }
            reached = change.sequence();
        }
        return reached;
    }

    private List<IndexOperation> operations(List<ContentChange> batch) {
        // The last change of an item stands for all of its changes in the batch: the item is read anew.
        Map<UUID, ContentChange> latest = new LinkedHashMap<>();
        for (ContentChange change : batch) {
            latest.remove(change.itemId());
            latest.put(change.itemId(), change);
        }
        List<IndexOperation> operations = new ArrayList<>();
        for (ContentChange change : latest.values()) {
            Optional<PublishedItem> item = change.kind() == ContentChange.Kind.DELETED
                    ? Optional.empty() : content.find(change.workspace(), change.name());
            Optional<Document> document = item.flatMap(documents::toDocument);
            if (item.isEmpty() || document.isEmpty() || !item.get().id().equals(change.itemId())) {
                operations.add(new IndexOperation.Remove(change.itemId().toString()));
            }
            if (item.isPresent() && document.isPresent()) {
                operations.add(new IndexOperation.Put(item.get().id().toString(), document.get()));
            }
        }
        return operations;
    }
}

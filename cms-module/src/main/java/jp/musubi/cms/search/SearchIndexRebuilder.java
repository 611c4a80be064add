package jp.musubi.cms.search;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import jp.musubi.cms.content.ContentChangeLog;
import jp.musubi.cms.content.PublishedContent;
import jp.musubi.cms.content.PublishedItem;
import org.apache.lucene.document.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the whole index anew from the published content in the database. */
final class SearchIndexRebuilder {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRebuilder.class);

    private final SearchIndex index;
    private final SearchSchema schema;
    private final ItemDocuments documents;
    private final PublishedContent content;
    private final ContentChangeLog changes;

    SearchIndexRebuilder(SearchIndex index, SearchSchema schema, PublishedContent content, ContentChangeLog changes) {
        this.index = index;
        this.schema = schema;
        this.documents = new ItemDocuments(schema);
        this.content = content;
        this.changes = changes;
    }

    /** Replaces the index with every published item; returns how many were indexed. */
    int rebuild() {
        long started = System.nanoTime();
        // Read before the content: a change committed while we read is re-applied by the follower,
        // which is harmless, whereas reading the sequence after could skip it.
        long sequence = changes.lastSequence();
        List<Document> all = new ArrayList<>();
        for (String workspace : schema.workspaces()) {
            for (PublishedItem item : content.findAll(workspace)) {
                documents.toDocument(item).ifPresent(all::add);
            }
        }
        index.replaceAll(all, sequence);
        log.info("Search index rebuilt: {} items up to change {} in {} ms", all.size(), sequence,
                (System.nanoTime() - started) / 1_000_000);
        return all.size();
    }

    /**
     * Rebuilds when the index cannot be followed on: new, written with another field layout, or ahead of
     * the change log (the database was replaced). Returns whether it did.
     */
    boolean rebuildIfUnusable() {
        OptionalLong committed = index.committedSequence();
        if (committed.isPresent() && committed.getAsLong() <= changes.lastSequence()) {
            return false;
        }
        log.info("Search index {}: rebuilding it from the database", committed.isPresent()
                ? "is ahead of the change log" : "is new or of an older layout");
        rebuild();
        return true;
    }
}

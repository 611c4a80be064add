package jp.musubi.cms.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import jp.musubi.contenttypes.definition.ContentTypeRegistry;

/**
 * The search as the application wires it, without Spring: an index (in memory or in a directory),
 * the search over it, its rebuilder and its change-log follower, fed by an {@link InMemoryContentStore}.
 */
public final class SearchFixture implements AutoCloseable {

    public static final ContentTypeRegistry REGISTRY = ContentTypeRegistry.loadFromClasspath();
    static final SearchSchema SCHEMA = new SearchSchema(REGISTRY);

    final InMemoryContentStore store;
    final SearchIndex index;
    final SearchIndexRebuilder rebuilder;
    final SearchIndexFollower follower;
    final LuceneContentSearch search;

    private SearchFixture(InMemoryContentStore store, SearchIndex index, boolean bigrams, Clock clock) {
        this.store = store;
        this.index = index;
        this.rebuilder = new SearchIndexRebuilder(index, SCHEMA, store, store);
        this.follower = new SearchIndexFollower(index, SCHEMA, store, store, 500, Duration.ofSeconds(30), clock);
        this.search = new LuceneContentSearch(index, SCHEMA, rebuilder, bigrams);
    }

    public static SearchFixture inMemory(InMemoryContentStore store) {
        return new SearchFixture(store, SearchIndex.open("", new SearchAnalyzer()), true, Clock.systemUTC());
    }

    static SearchFixture inMemory(InMemoryContentStore store, boolean bigrams) {
        return new SearchFixture(store, SearchIndex.open("", new SearchAnalyzer()), bigrams, Clock.systemUTC());
    }

    static SearchFixture inDirectory(InMemoryContentStore store, Path directory) {
        return new SearchFixture(store, SearchIndex.open(directory.toString(), new SearchAnalyzer()), true,
                Clock.systemUTC());
    }

    /** A search over the published demo content, built by a rebuild. */
    static SearchFixture demo(boolean bigrams) {
        InMemoryContentStore store = new InMemoryContentStore();
        DemoContent.load(REGISTRY).published().forEach(store::publish);
        SearchFixture fixture = inMemory(store, bigrams);
        fixture.rebuild();
        return fixture;
    }

    public ContentSearch search() {
        return search;
    }

    public int rebuild() {
        return search.rebuild();
    }

    int follow() {
        return follower.follow();
    }

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

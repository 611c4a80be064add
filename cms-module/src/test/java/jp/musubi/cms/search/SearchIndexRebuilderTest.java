package jp.musubi.cms.search;

import static jp.musubi.cms.search.LuceneSearchRelevanceTest.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import jp.musubi.cms.content.PublishedItem;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rebuilding the index from the database, atomically. */
class SearchIndexRebuilderTest {

    private static final DemoContent DEMO = DemoContent.load(SearchFixture.REGISTRY);

    private final InMemoryContentStore store = new InMemoryContentStore();
    private SearchFixture fixture;

    @BeforeEach
    void publishTheDemoContent() {
        DEMO.published().forEach(store::publish);
        fixture = SearchFixture.inMemory(store);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void indexesEveryPublishedItemOfEveryWorkspace() {
        int indexed = fixture.rebuild();

        assertThat(indexed).isEqualTo(DEMO.published().size()).isEqualTo(46);
        assertThat(fixture.index.documentCount()).isEqualTo(indexed);
        assertThat(fixture.index.committedSequence()).hasValue(store.lastSequence());
        for (String workspace : List.of("issues", "seeds", "articles", "events", "members", "pages", "municipalities", "talents")) {
            long expected = DEMO.published().stream().filter(i -> i.workspace().equals(workspace)).count();
            assertThat(fixture.search().search(SearchQuery.of(workspace, "", 100)).total()).as(workspace).isEqualTo(expected);
        }
    }

    @Test
    void dropsWhatIsNoLongerPublishedAndTakesWhatWasNeverLogged() {
        fixture.rebuild();
        PublishedItem pipes = DEMO.item("issues", "nasushiobara-water-pipe-aging");
        store.removeWithoutLog(pipes);
        store.putWithoutLog(DEMO.unpublished().stream().filter(i -> i.workspace().equals("issues")).findFirst().orElseThrow());

        fixture.rebuild();

        assertThat(names(fixture.search().search(SearchQuery.of("issues", "老朽化", 10)))).isEmpty();
        assertThat(fixture.search().search(SearchQuery.of("issues", "", 10)).total()).isEqualTo(3);
    }

    @Test
    void aSearcherOpenedBeforeTheRebuildKeepsSeeingTheOldIndex() {
        fixture.rebuild();
        store.removeWithoutLog(DEMO.item("seeds", "smart-trap-notification"));

        int seenByOpenSearcher = fixture.index.search(searcher -> {
            fixture.rebuild();
            return searcher.getIndexReader().numDocs();
        });

        assertThat(seenByOpenSearcher).isEqualTo(46);
        assertThat(fixture.index.documentCount()).isEqualTo(45);
    }

    @Test
    void concurrentSearchesNeverSeeAHalfBuiltIndex() throws InterruptedException {
        fixture.rebuild();
        AtomicBoolean rebuilding = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Long> totals = new ConcurrentLinkedQueue<>();
        Thread searching = new Thread(() -> {
            while (rebuilding.get()) {
                totals.add(fixture.search().search(new SearchQuery(null, "", Map.of(), 0, 1)).total());
            }
        });
        searching.start();
        for (int i = 0; i < 15; i++) {
            fixture.rebuild();
        }
        rebuilding.set(false);
        searching.join();

        assertThat(totals).isNotEmpty().containsOnly(46L);
    }

    @Test
    void rebuildsOnlyAnIndexThatCannotBeFollowed() {
        assertThat(fixture.rebuilder.rebuildIfUnusable()).as("new index").isTrue();
        assertThat(fixture.rebuilder.rebuildIfUnusable()).as("built index").isFalse();

        // The database was replaced by one with a shorter change log.
        try (SearchFixture otherDatabase = SearchFixture.inMemory(new InMemoryContentStore())) {
            otherDatabase.index.replaceAll(List.of(), 1_000);
            assertThat(otherDatabase.rebuilder.rebuildIfUnusable()).as("index ahead of the log").isTrue();
            assertThat(otherDatabase.index.committedSequence()).hasValue(0);
        }
    }

    @Test
    void anIndexOfAnotherLayoutIsNotFollowedOn() throws Exception {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of(SearchIndex.SEQUENCE_KEY, "5", SearchIndex.SCHEMA_KEY, "0").entrySet());
            writer.commit();
        }
        try (SearchIndex old = new SearchIndex(directory, new SearchAnalyzer())) {
            assertThat(old.committedSequence()).isEmpty();
        }
    }
}

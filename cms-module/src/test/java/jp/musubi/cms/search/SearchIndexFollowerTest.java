package jp.musubi.cms.search;

import static jp.musubi.cms.search.LuceneSearchRelevanceTest.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.musubi.cms.content.ContentChange;
import jp.musubi.cms.content.PublishedItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index follows the content change log: publications appear, unpublications disappear, restarts resume. */
class SearchIndexFollowerTest {

    private static final DemoContent DEMO = DemoContent.load(SearchFixture.REGISTRY);
    private static final PublishedItem WATER_PIPES = DEMO.item("issues", "nasushiobara-water-pipe-aging");
    private static final PublishedItem TRAPS = DEMO.item("seeds", "smart-trap-notification");

    private final InMemoryContentStore store = new InMemoryContentStore();
    private SearchFixture fixture;

    @BeforeEach
    void startWithAnEmptyFollowedIndex() {
        fixture = SearchFixture.inMemory(store);
        fixture.rebuild();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<String> found(String text) {
        return names(fixture.search().search(SearchQuery.of(null, text, 100)));
    }

    @Test
    void aPublishedItemIsFoundOnceTheLogIsFollowed() {
        store.publish(WATER_PIPES);
        assertThat(found("老朽化")).isEmpty();

        assertThat(fixture.follow()).isEqualTo(1);

        assertThat(found("老朽化")).containsExactly(WATER_PIPES.name());
        assertThat(fixture.index.committedSequence()).hasValue(store.lastSequence());
    }

    @Test
    void anUnpublishedItemIsGoneOnceTheLogIsFollowed() {
        store.publish(WATER_PIPES);
        store.publish(TRAPS);
        fixture.follow();

        store.unpublish(WATER_PIPES);
        fixture.follow();

        assertThat(found("老朽化")).isEmpty();
        assertThat(found("くくりわな")).containsExactly(TRAPS.name());
    }

    @Test
    void aNewRevisionReplacesTheOldOne() {
        store.publish(WATER_PIPES);
        fixture.follow();

        store.publish(revised(WATER_PIPES, WATER_PIPES.name(), "title", "上水道の管路更新計画"));
        fixture.follow();

        assertThat(found("管路更新計画")).containsExactly(WATER_PIPES.name());
        assertThat(fixture.search().search(SearchQuery.of("issues", "", 10)).total()).isEqualTo(1);
    }

    @Test
    void aRenamedItemIsFoundUnderItsNewNameOnly() {
        store.publish(WATER_PIPES);
        fixture.follow();

        store.removeWithoutLog(WATER_PIPES);
        store.publish(revised(WATER_PIPES, "water-pipes", "title", "水道管の老朽化対策"));
        fixture.follow();

        assertThat(found("老朽化")).containsExactly("water-pipes");
    }

    @Test
    void aDeletedItemIsRemoved() {
        store.publish(TRAPS);
        fixture.follow();

        store.removeWithoutLog(TRAPS);
        store.appendChange(new ContentChange(store.lastSequence() + 1, TRAPS.id(), TRAPS.workspace(), TRAPS.name(),
                ContentChange.Kind.DELETED, Instant.now()));
        fixture.follow();

        assertThat(found("くくりわな")).isEmpty();
    }

    @Test
    void followsInBatches() {
        DEMO.published().forEach(store::publish);
        SearchIndexFollower smallBatches = new SearchIndexFollower(fixture.index, SearchFixture.SCHEMA, store, store,
                3, Duration.ofSeconds(30), Clock.systemUTC());

        assertThat(smallBatches.follow()).isEqualTo(DEMO.published().size());
        assertThat(fixture.index.documentCount()).isEqualTo(DEMO.published().size());
        assertThat(fixture.index.committedSequence()).hasValue(store.lastSequence());
    }

    @Test
    void doesNothingUntilTheIndexWasBuilt() {
        try (SearchFixture unbuilt = SearchFixture.inMemory(store)) {
            store.publish(TRAPS);

            assertThat(unbuilt.follow()).isZero();
            assertThat(unbuilt.index.committedSequence()).isEmpty();
        }
    }

    @Test
    void aRestartContinuesFromTheCommittedSequence(@TempDir Path directory) {
        try (SearchFixture first = SearchFixture.inDirectory(store, directory)) {
            first.rebuild();
            store.publish(WATER_PIPES);
            first.follow();
        }
        long committed = store.lastSequence();
        // Published while the node was down: a rebuild would find it, following the log does not.
        store.putWithoutLog(TRAPS);
        store.publish(DEMO.item("seeds", "multilingual-tourism-chatbot"));
        store.unpublish(WATER_PIPES);

        try (SearchFixture restarted = SearchFixture.inDirectory(store, directory)) {
            assertThat(restarted.index.committedSequence()).hasValue(committed);
            assertThat(restarted.rebuilder.rebuildIfUnusable()).isFalse();
            assertThat(names(restarted.search().search(SearchQuery.of(null, "老朽化", 10)))).containsExactly(WATER_PIPES.name());

            assertThat(restarted.follow()).isEqualTo(2);

            assertThat(names(restarted.search().search(SearchQuery.of(null, "老朽化", 10)))).isEmpty();
            assertThat(names(restarted.search().search(SearchQuery.of(null, "チャットボット", 10))))
                    .containsExactly("multilingual-tourism-chatbot");
            assertThat(names(restarted.search().search(SearchQuery.of(null, "くくりわな", 10)))).isEmpty();
        }
    }

    @Test
    void aGapInTheSequenceHoldsThePositionButNotTheChangesAfterIt() {
        Instant now = Instant.parse("2026-11-22T03:00:00Z");
        SearchIndexFollower follower = new SearchIndexFollower(fixture.index, SearchFixture.SCHEMA, store, store,
                500, Duration.ofSeconds(30), Clock.fixed(now, ZoneOffset.UTC));
        store.publish(WATER_PIPES);
        follower.follow();
        long before = store.lastSequence();
        // Change before+1 is still being committed by another transaction; before+2 is visible already.
        store.putWithoutLog(TRAPS);
        store.appendChange(new ContentChange(before + 2, TRAPS.id(), TRAPS.workspace(), TRAPS.name(),
                ContentChange.Kind.PUBLISHED, now.minusSeconds(1)));

        follower.follow();

        assertThat(found("くくりわな")).containsExactly(TRAPS.name());
        assertThat(fixture.index.committedSequence()).hasValue(before);

        PublishedItem chatbot = DEMO.item("seeds", "multilingual-tourism-chatbot");
        store.putWithoutLog(chatbot);
        store.appendChange(new ContentChange(before + 1, chatbot.id(), chatbot.workspace(), chatbot.name(),
                ContentChange.Kind.PUBLISHED, now.minusSeconds(2)));
        follower.follow();

        assertThat(found("チャットボット")).containsExactly(chatbot.name());
        assertThat(fixture.index.committedSequence()).hasValue(before + 2);
    }

    @Test
    void aGapOlderThanTheGraceIsTakenAsARolledBackTransaction() {
        Instant now = Instant.parse("2026-11-22T03:00:00Z");
        SearchIndexFollower follower = new SearchIndexFollower(fixture.index, SearchFixture.SCHEMA, store, store,
                500, Duration.ofSeconds(30), Clock.fixed(now, ZoneOffset.UTC));
        UUID id = TRAPS.id();
        List<ContentChange> batch = List.of(
                change(11, id, now.minusSeconds(60)),
                change(13, id, now.minusSeconds(31)),
                change(15, id, now.minusSeconds(29)),
                change(16, id, now.minusSeconds(28)));

        assertThat(follower.reachedSequence(10, batch)).isEqualTo(13);
        assertThat(follower.reachedSequence(10, batch.subList(0, 1))).isEqualTo(11);
        assertThat(follower.reachedSequence(12, batch.subList(2, 4))).isEqualTo(12);
    }

    private static ContentChange change(long sequence, UUID id, Instant at) {
        return new ContentChange(sequence, id, "seeds", "x", ContentChange.Kind.PUBLISHED, at);
    }

    private static PublishedItem revised(PublishedItem item, String name, String property, String value) {
        Map<String, Object> properties = new HashMap<>(item.properties());
        properties.put(property, value);
        Instant now = Instant.now();
        return new PublishedItem(item.id(), item.type(), item.workspace(), name, "/" + name, properties,
                item.revision() + 1, item.status(), item.created(), now, now);
    }
}

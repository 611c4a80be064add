package jp.musubi.cms.search;

import static jp.musubi.cms.search.LuceneSearchRelevanceTest.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import jp.musubi.cms.content.ContentChange;
import jp.musubi.cms.content.ContentChangeLog;
import jp.musubi.cms.content.PublishedContent;
import jp.musubi.cms.content.PublishedItem;
import org.junit.jupiter.api.Test;

/** The background maintenance: initial rebuild without blocking start, nudges, surviving failures. */
class SearchIndexSchedulerTest {

    private static final DemoContent DEMO = DemoContent.load(SearchFixture.REGISTRY);
    /** Long enough that only the start and the nudges can explain what the tests see in time. */
    private static final Duration RARELY = Duration.ofMinutes(10);

    @Test
    void buildsANewIndexInTheBackgroundThenFollowsTheLogWhenNudged() {
        InMemoryContentStore store = new InMemoryContentStore();
        DEMO.published().stream().filter(i -> i.workspace().equals("issues")).forEach(store::publish);
        try (SearchFixture fixture = SearchFixture.inMemory(store)) {
            SearchIndexScheduler scheduler = new SearchIndexScheduler(fixture.rebuilder, fixture.follower, RARELY);
            scheduler.start();
            try {
                awaitTrue(() -> fixture.index.documentCount() == 3);

                store.publish(DEMO.item("seeds", "smart-trap-notification"));
                scheduler.nudge();

                awaitTrue(() -> names(fixture.search().search(SearchQuery.of(null, "くくりわな", 10)))
                        .contains("smart-trap-notification"));
            } finally {
                scheduler.stop();
            }
            assertThat(scheduler.isRunning()).isFalse();
        }
    }

    @Test
    void aFailingDatabaseIsRetriedAtTheNextRun() {
        InMemoryContentStore store = new InMemoryContentStore();
        DEMO.published().forEach(store::publish);
        AtomicInteger failuresLeft = new AtomicInteger(2);
        PublishedContent flaky = new PublishedContent() {
            @Override
            public Optional<PublishedItem> find(String workspace, String name) {
                return store.find(workspace, name);
            }

            @Override
            public List<PublishedItem> findAll(String workspace) {
                if (failuresLeft.getAndDecrement() > 0) {
                    throw new IllegalStateException("database not reachable");
                }
                return store.findAll(workspace);
            }
        };
        ContentChangeLog log = new ContentChangeLog() {
            @Override
            public List<ContentChange> changesAfter(long afterSequence, int limit) {
                return store.changesAfter(afterSequence, limit);
            }

            @Override
            public long lastSequence() {
                return store.lastSequence();
            }
        };
        try (SearchFixture fixture = SearchFixture.inMemory(store)) {
            SearchIndexRebuilder rebuilder = new SearchIndexRebuilder(fixture.index, SearchFixture.SCHEMA, flaky, log);
            SearchIndexFollower follower = new SearchIndexFollower(fixture.index, SearchFixture.SCHEMA, flaky, log,
                    500, Duration.ofSeconds(30), Clock.systemUTC());
            SearchIndexScheduler scheduler = new SearchIndexScheduler(rebuilder, follower, Duration.ofMillis(50));
            scheduler.start();
            try {
                awaitTrue(() -> fixture.index.documentCount() == DEMO.published().size());
            } finally {
                scheduler.stop();
            }
        }
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 20 s").isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

package jp.musubi.cms.delivery;

import static jp.musubi.cms.delivery.testdata.DeliveryTestData.NOTICES;
import static jp.musubi.cms.delivery.testdata.DeliveryTestData.PLACES;
import static jp.musubi.cms.delivery.testdata.DeliveryTestData.notice;
import static jp.musubi.cms.delivery.testdata.DeliveryTestData.place;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jp.musubi.cms.content.ContentChange;
import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.cms.delivery.testdata.InMemoryContentChangeLog;
import jp.musubi.cms.delivery.testdata.InMemoryPublishedContent;
import org.junit.jupiter.api.Test;

class PublishedSnapshotsTest {

    private final InMemoryContentChangeLog log = new InMemoryContentChangeLog();
    private final InMemoryPublishedContent content = new InMemoryPublishedContent(log);
    private final AtomicLong nanos = new AtomicLong();
    private final PublishedSnapshots snapshots = new PublishedSnapshots(content, log,
            new DeliveryProperties(Duration.ofMinutes(5), null, null), nanos::get,
            Clock.fixed(Instant.parse("2026-11-22T03:00:00.700Z"), ZoneOffset.UTC));

    private WorkspaceSnapshot request(String workspace) {
        snapshots.sync();
        return snapshots.snapshot(workspace);
    }

    @Test
    void whileNothingIsPublishedARequestCostsOneSequenceQueryAndNoRead() {
        content.publish(notice("a").with("title", "t").build());
        WorkspaceSnapshot first = request(NOTICES);
        int sequenceCalls = log.lastSequenceCalls();

        WorkspaceSnapshot second = request(NOTICES);
        WorkspaceSnapshot third = request(NOTICES);

        assertThat(second).isSameAs(first).isSameAs(third);
        assertThat(content.findAllCalls(NOTICES)).isEqualTo(1);
        assertThat(log.lastSequenceCalls() - sequenceCalls).isEqualTo(2);
        assertThat(log.changesAfterCalls()).isZero();
    }

    @Test
    void aPublicationIsSeenOnTheNextRequest() {
        content.publish(notice("a").with("title", "t").build());
        assertThat(request(NOTICES).items()).containsOnlyKeys("a");

        content.publish(notice("b").with("title", "t").build());

        assertThat(request(NOTICES).items()).containsOnlyKeys("a", "b");
        content.unpublish(NOTICES, "a");
        assertThat(request(NOTICES).items()).containsOnlyKeys("b");
    }

    @Test
    void aPublicationReadsOnlyTheItemsItNamesAndKeepsTheOthers() {
        content.publish(notice("a").with("title", "t").build());
        content.publish(place("hall").with("title", "t").build());
        WorkspaceSnapshot places = request(PLACES);
        WorkspaceSnapshot before = request(NOTICES);

        content.publish(notice("b").with("title", "t").build());
        content.publish(notice("a").with("title", "改訂").build());
        WorkspaceSnapshot after = request(NOTICES);

        assertThat(request(PLACES)).isSameAs(places);
        assertThat(after.items()).containsOnlyKeys("a", "b");
        assertThat(after.items().get("a").properties()).containsEntry("title", "改訂");
        assertThat(content.findAllCalls(NOTICES)).isEqualTo(1);
        assertThat(content.findCalls(NOTICES)).isEqualTo(2);
        assertThat(content.findAllCalls(PLACES) + content.findCalls(PLACES)).isEqualTo(1);
        content.publish(notice("c").with("title", "t").build());
        assertThat(request(NOTICES).items().get("b")).as("an unchanged item stays the same instance")
                .isSameAs(after.items().get("b"));
        assertThat(before.items()).as("snapshots are never changed in place").containsOnlyKeys("a");
    }

    @Test
    void aWorkspaceWithManyChangesIsReadWholeAndThenFollowedAgain() {
        content.publish(notice("a").with("title", "t").build());
        request(NOTICES);
        for (int i = 0; i <= PublishedSnapshots.INCREMENTAL_LIMIT; i++) {
            content.publish(notice("bulk-" + i).with("title", "t").build());
        }
        request(PLACES);

        assertThat(request(NOTICES).items()).hasSize(PublishedSnapshots.INCREMENTAL_LIMIT + 2);
        assertThat(content.findAllCalls(NOTICES)).isEqualTo(2);
        assertThat(content.findCalls(NOTICES)).isZero();

        content.publish(notice("single").with("title", "t").build());
        assertThat(request(NOTICES).items()).containsKey("single");
        assertThat(content.findAllCalls(NOTICES)).isEqualTo(2);
        assertThat(content.findCalls(NOTICES)).isEqualTo(1);
    }

    @Test
    void unpublishedItemsAreNeverKeptEvenIfTheStoreReturnsThem() {
        content.publish(notice("draft").with("title", "t").status(PublicationStatus.UNPUBLISHED).build());
        content.publish(notice("live").with("title", "t").build());

        assertThat(request(NOTICES).items()).containsOnlyKeys("live");
    }

    @Test
    void aSnapshotOlderThanTheMaximumAgeIsReadAgainEvenIfTheLogDidNotMove() {
        content.publish(notice("a").with("title", "t").build());
        WorkspaceSnapshot first = request(NOTICES);
        // A change the log does not show (committed out of sequence order).
        content.putSilently(notice("late").with("title", "t").build());

        nanos.addAndGet(Duration.ofMinutes(4).toNanos());
        assertThat(request(NOTICES)).isSameAs(first);
        nanos.addAndGet(Duration.ofMinutes(1).toNanos());

        assertThat(request(NOTICES).items()).containsOnlyKeys("a", "late");
        assertThat(content.findAllCalls(NOTICES)).isEqualTo(2);
    }

    @Test
    void tooManyChangesAtOnceMakeEveryWorkspaceBeReadAgain() {
        content.publish(place("hall").with("title", "t").build());
        WorkspaceSnapshot places = request(PLACES);

        for (int i = 0; i < PublishedSnapshots.CHANGE_BATCH; i++) {
            log.append(UUID.randomUUID(), NOTICES, "n" + i, ContentChange.Kind.PUBLISHED);
        }

        assertThat(request(PLACES)).isNotSameAs(places);
        assertThat(log.changesAfterCalls()).isEqualTo(1);
    }

    @Test
    void aLogThatWentBackInvalidatesEverything() {
        content.publish(place("hall").with("title", "t").build());
        content.publish(place("annex").with("title", "t").build());
        WorkspaceSnapshot places = request(PLACES);

        log.resetTo(1);

        assertThat(request(PLACES)).isNotSameAs(places);
    }

    @Test
    void aRemovalIsRememberedForLastModified() {
        content.publish(notice("a").with("title", "t").build());
        content.publish(notice("b").with("title", "t").build());
        assertThat(request(NOTICES).removedAt()).isNull();

        content.publish(notice("c").with("title", "t").build());
        assertThat(request(NOTICES).removedAt()).as("an addition is no removal").isNull();
        content.unpublish(NOTICES, "a");

        assertThat(request(NOTICES).removedAt()).isEqualTo(Instant.parse("2026-11-22T03:00:00Z"));
    }
}

package jp.musubi.cms.publication;

import static jp.musubi.cms.content.ContentFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jp.musubi.cms.content.ContentChange;
import jp.musubi.cms.content.ContentChangeLog;
import jp.musubi.cms.content.ContentFixtures;
import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentPublicationStore;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.cms.content.PublishedContent;
import jp.musubi.cms.content.ScheduledPublication;
import jp.musubi.cms.support.CmsSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduled publication with a clock the test controls: the job is built on the application's
 * services and database, only its clock is the test's. Times are days ahead, so the application's
 * own scheduler (real clock) never gets to these items first.
 */
@CmsSpringBootTest
class ScheduledPublisherTest {

    @Autowired
    ContentService content;

    @Autowired
    PublicationService publication;

    @Autowired
    ContentPublicationStore store;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    PublishedContent published;

    @Autowired
    ContentChangeLog changeLog;

    @Autowired
    ScheduledTaskHolder scheduledTasks;

    @Test
    void aScheduledItemIsPublishedOnceItsTimeHasCome() {
        Instant at = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        String name = unique("scheduled");
        ContentItem item = content.create("articles", name, ContentFixtures.article("予約記事"), null, "editor");
        publication.submit("articles", name, null, at, false, "editor");

        item = publication.schedule("articles", name, at, "approver");
        assertThat(item.scheduled()).isEqualTo(new ScheduledPublication(at, 1, "approver"));
        assertThat(item.status()).isEqualTo(PublicationStatus.UNPUBLISHED);

        assertThat(publisherAt(at.minusSeconds(1)).publishDue()).as("a second early").isZero();
        assertThat(content.get("articles", name).status()).isEqualTo(PublicationStatus.UNPUBLISHED);
        long before = changeLog.lastSequence();

        Instant runAt = at.plusSeconds(30);
        assertThat(publisherAt(runAt).publishDue()).isGreaterThanOrEqualTo(1);

        ContentItem done = content.get("articles", name);
        assertThat(done.status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(done.scheduled()).isNull();
        assertThat(done.approvalPending()).isFalse();
        assertThat(done.lastActivated().at()).isEqualTo(runAt);
        assertThat(done.lastActivated().by()).isEqualTo("approver");
        assertThat(published.find("articles", name)).isPresent();
        assertThat(changeLog.changesAfter(before, 100)).filteredOn(change -> change.name().equals(name))
                .extracting(ContentChange::kind).containsExactly(ContentChange.Kind.PUBLISHED);

        assertThat(publisherAt(runAt.plusSeconds(60)).publishDue()).as("published only once")
                .isZero();
    }

    @Test
    void theScheduledRevisionIsPublishedNotALaterEdit() {
        Instant at = Instant.now().plus(4, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        String name = unique("scheduled");
        ContentItem item = content.create("articles", name, ContentFixtures.article("承認された版"), null, "editor");
        publication.schedule("articles", name, at, 1, "approver");
        content.update("articles", name, item.version(), ContentFixtures.article("予約後の編集"), null, "editor");

        publisherAt(at).publishDue();

        ContentItem done = content.get("articles", name);
        assertThat(done.publishedRevision()).isEqualTo(1);
        assertThat(done.status()).isEqualTo(PublicationStatus.MODIFIED);
        assertThat(published.find("articles", name).orElseThrow().properties()).containsEntry("title", "承認された版");
    }

    @Test
    void aCancelledOrRejectedScheduleIsNotPublished() {
        Instant at = Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        String cancelled = unique("cancelled");
        String rejected = unique("rejected");
        content.create("articles", cancelled, ContentFixtures.article("取消"), null, "editor");
        content.create("articles", rejected, ContentFixtures.article("差戻し"), null, "editor");
        publication.schedule("articles", cancelled, at, "approver");
        publication.schedule("articles", rejected, at, "approver");

        publication.cancelSchedule("articles", cancelled, "approver");
        publication.reject("articles", rejected, "不可", "approver");
        publisherAt(at.plusSeconds(1)).publishDue();

        assertThat(content.get("articles", cancelled).status()).isEqualTo(PublicationStatus.UNPUBLISHED);
        assertThat(content.get("articles", rejected).status()).isEqualTo(PublicationStatus.UNPUBLISHED);
    }

    @Test
    void theJobRunsAtTheConfiguredInterval() {
        assertThat(scheduledTasks.getScheduledTasks())
                .map(task -> task.getTask())
                .filteredOn(task -> task.toString().contains("ScheduledPublisher.run"))
                .singleElement()
                .isInstanceOfSatisfying(FixedDelayTask.class,
                        task -> assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofMinutes(1)));
    }

    private ScheduledPublisher publisherAt(Instant now) {
        return new ScheduledPublisher(publication, store, transaction, Clock.fixed(now, ZoneOffset.UTC));
    }
}

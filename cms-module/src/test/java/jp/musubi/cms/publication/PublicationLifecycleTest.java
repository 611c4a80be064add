package jp.musubi.cms.publication;

import static jp.musubi.cms.content.ContentFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jp.musubi.cms.content.ContentChange;
import jp.musubi.cms.content.ContentChangeLog;
import jp.musubi.cms.content.ContentFixtures;
import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.content.ContentStateException;
import jp.musubi.cms.content.ContentValidationException;
import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.cms.content.PublishedContent;
import jp.musubi.cms.content.PublishedItem;
import jp.musubi.cms.event.ContentEvent;
import jp.musubi.cms.event.ContentPublishedEvent;
import jp.musubi.cms.event.ContentSubmittedEvent;
import jp.musubi.cms.event.ContentUnpublishedEvent;
import jp.musubi.cms.support.CmsSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Magnolia's publication states through PublicationService, with events, change log and published reads. */
@CmsSpringBootTest
@RecordApplicationEvents
class PublicationLifecycleTest {

    @Autowired
    ContentService content;

    @Autowired
    PublicationService publication;

    @Autowired
    PublishedContent published;

    @Autowired
    ContentChangeLog changeLog;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void unpublishedToPublishedToModifiedToPublishedToUnpublished() {
        String name = unique("news");
        ContentItem item = content.create("articles", name, ContentFixtures.article("第1版"), null, "editor");
        assertThat(item.status()).isEqualTo(PublicationStatus.UNPUBLISHED);
        assertThat(published.find("articles", name)).isEmpty();
        long before = changeLog.lastSequence();

        item = publication.publish("articles", name, null, "publisher");
        assertThat(item.status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(item.publishedRevision()).isEqualTo(1);
        assertThat(item.lastActivated().by()).isEqualTo("publisher");
        assertThat(published.find("articles", name)).get()
                .satisfies(p -> {
                    assertThat(p.status()).isEqualTo(PublicationStatus.PUBLISHED);
                    assertThat(p.properties()).containsEntry("title", "第1版");
                });

        item = content.update("articles", name, item.version(), ContentFixtures.article("第2版"), null, "editor");
        assertThat(item.status()).isEqualTo(PublicationStatus.MODIFIED);
        PublishedItem stillFirst = published.find("articles", name).orElseThrow();
        assertThat(stillFirst.status()).isEqualTo(PublicationStatus.MODIFIED);
        assertThat(stillFirst.revision()).isEqualTo(1);
        assertThat(stillFirst.properties()).as("the site keeps showing the published revision")
                .containsEntry("title", "第1版");

        item = publication.publish("articles", name, null, "publisher");
        assertThat(item.status()).isEqualTo(PublicationStatus.PUBLISHED);
        assertThat(published.find("articles", name).orElseThrow().properties()).containsEntry("title", "第2版");

        item = publication.unpublish("articles", name, "publisher");
        assertThat(item.status()).isEqualTo(PublicationStatus.UNPUBLISHED);
        assertThat(item.publishedRevision()).isNull();
        assertThat(published.find("articles", name)).isEmpty();
        assertThat(published.findAll("articles")).extracting(PublishedItem::name).doesNotContain(name);

        assertThat(changeLog.changesAfter(before, 100)).filteredOn(change -> change.name().equals(name))
                .extracting(ContentChange::kind)
                .containsExactly(ContentChange.Kind.PUBLISHED, ContentChange.Kind.PUBLISHED, ContentChange.Kind.UNPUBLISHED);
        assertThat(eventsFor(name)).extracting(Object::getClass).containsExactly(
                ContentPublishedEvent.class, ContentPublishedEvent.class, ContentUnpublishedEvent.class);
        assertThat(eventsFor(name).get(1)).isEqualTo(new ContentPublishedEvent(item.id(), "articles", name, "article",
                2, "publisher"));
    }

    @Test
    void anApprovedOlderRevisionIsPublishedEvenIfEditedSince() {
        String name = unique("news");
        ContentItem item = content.create("articles", name, ContentFixtures.article("承認された版"), null, "editor");
        content.update("articles", name, item.version(), ContentFixtures.article("承認後の編集"), null, "editor");

        ContentItem result = publication.publish("articles", name, 1, "publisher");

        assertThat(result.publishedRevision()).isEqualTo(1);
        assertThat(result.status()).isEqualTo(PublicationStatus.MODIFIED);
        assertThat(published.find("articles", name).orElseThrow().properties()).containsEntry("title", "承認された版");
    }

    @Test
    void submitSetsThePendingFlagAndRejectClearsIt() {
        String name = unique("news");
        ContentItem item = content.create("articles", name, ContentFixtures.article("申請する記事"), null, "editor");
        Instant publishAt = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        item = publication.submit("articles", name, "確認をお願いします", publishAt, false, "editor");
        assertThat(item.approvalPending()).isTrue();
        assertThat(eventsFor(name)).singleElement().isEqualTo(new ContentSubmittedEvent(item.id(), "articles", name, 1,
                "editor", "確認をお願いします", publishAt, false));
        assertThatThrownBy(() -> publication.submit("articles", name, null, null, false, "editor"))
                .isInstanceOf(ContentStateException.class)
                .hasMessage("この内容はすでに承認待ちです。承認または差し戻しを待ってから申請してください。");

        item = publication.reject("articles", name, "表現を見直してください", "approver");
        assertThat(item.approvalPending()).isFalse();
        assertThat(item.status()).isEqualTo(PublicationStatus.UNPUBLISHED);

        item = publication.submit("articles", name, null, null, false, "editor");
        assertThat(item.approvalPending()).isTrue();
        item = publication.publish("articles", name, 1, "approver");
        assertThat(item.approvalPending()).as("publication ends the approval").isFalse();
    }

    @Test
    void unpublishRequestsNeedAPublishedItem() {
        String name = unique("news");
        content.create("articles", name, ContentFixtures.article("記事"), null, "editor");

        assertThatThrownBy(() -> publication.submit("articles", name, null, null, true, "editor"))
                .isInstanceOf(ContentStateException.class)
                .hasMessage("公開されていないため、公開停止を申請できません。");
        assertThatThrownBy(() -> publication.unpublish("articles", name, "approver"))
                .isInstanceOf(ContentStateException.class);

        publication.publish("articles", name, null, "approver");
        ContentItem item = publication.submit("articles", name, "掲載終了", null, true, "editor");
        assertThat(item.approvalPending()).isTrue();
        assertThat(eventsFor(name)).last().isInstanceOfSatisfying(ContentSubmittedEvent.class,
                event -> assertThat(event.unpublish()).isTrue());
        assertThatThrownBy(() -> publication.submit("articles", unique("none"), null, null, false, "editor"))
                .isInstanceOf(jp.musubi.cms.content.ContentNotFoundException.class);
    }

    @Test
    void submitRefusesAPastPublicationTimeAndAnUnchangedPublishedItem() {
        String name = unique("news");
        content.create("articles", name, ContentFixtures.article("記事"), null, "editor");

        assertThatThrownBy(() -> publication.submit("articles", name, null, Instant.now().minusSeconds(60), false, "editor"))
                .isInstanceOfSatisfying(ContentValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.message()).containsExactly("公開日時には現在より後の日時を指定してください。"));
        assertThat(content.get("articles", name).approvalPending()).isFalse();

        publication.publish("articles", name, null, "approver");
        assertThatThrownBy(() -> publication.submit("articles", name, null, null, false, "editor"))
                .isInstanceOf(ContentStateException.class)
                .hasMessage("公開中の内容から変更がないため、公開を申請する必要はありません。");
    }

    @Test
    void publishedItemsCarryTheirPublicationMetadata() {
        String name = unique("event");
        ContentItem item = content.create("events", name, ContentFixtures.event(), null, "editor");
        publication.publish("events", name, null, "approver");

        PublishedItem read = published.find("events", name).orElseThrow();
        ContentItem stored = content.get("events", name);

        assertThat(read.id()).isEqualTo(item.id());
        assertThat(read.type()).isEqualTo("event");
        assertThat(read.path()).isEqualTo("/" + name);
        assertThat(read.created()).isEqualTo(stored.created().at());
        assertThat(read.lastModified()).isEqualTo(stored.lastModified().at());
        assertThat(read.lastActivated()).isEqualTo(stored.lastActivated().at());
        assertThat(read.properties()).containsEntry("capacity", 40L).containsEntry("online", false)
                .containsEntry("startAt", "2026-12-10T13:30");
    }

    @Test
    void deletingIsForUnpublishedUnreferencedItemsAndIsLogged() {
        String town = unique("town");
        content.create("municipalities", town, ContentFixtures.municipality("削除町"), null, "editor");
        String issue = unique("issue");
        content.create("issues", issue, ContentFixtures.issue(town), null, "editor");
        long before = changeLog.lastSequence();

        assertThatThrownBy(() -> content.delete("municipalities", town, "editor"))
                .isInstanceOf(ContentStateException.class)
                .hasMessage("次のコンテンツから参照されているため削除できません: issues/" + issue + "。先に参照を外してください。");

        publication.publish("issues", issue, null, "approver");
        assertThatThrownBy(() -> content.delete("issues", issue, "editor"))
                .isInstanceOf(ContentStateException.class)
                .hasMessage("公開中のコンテンツは削除できません。先に公開を停止してください。");

        publication.unpublish("issues", issue, "approver");
        content.delete("issues", issue, "editor");
        content.delete("municipalities", town, "editor");

        assertThat(content.find("issues", issue)).isEmpty();
        assertThat(content.find("municipalities", town)).isEmpty();
        assertThat(changeLog.changesAfter(before, 100))
                .filteredOn(change -> change.name().equals(issue) || change.name().equals(town))
                .extracting(ContentChange::name, ContentChange::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(issue, ContentChange.Kind.PUBLISHED),
                        org.assertj.core.groups.Tuple.tuple(issue, ContentChange.Kind.UNPUBLISHED),
                        org.assertj.core.groups.Tuple.tuple(issue, ContentChange.Kind.DELETED),
                        org.assertj.core.groups.Tuple.tuple(town, ContentChange.Kind.DELETED));
    }

    @Test
    void changeLogSequencesAscendWithoutGaps() {
        long before = changeLog.lastSequence();
        for (int i = 0; i < 3; i++) {
            String name = unique("page");
            content.create("pages", name, ContentFixtures.page(), null, "editor");
            publication.publish("pages", name, null, "approver");
        }

        List<ContentChange> changes = changeLog.changesAfter(before, 10);
        assertThat(changes).extracting(ContentChange::sequence).containsExactly(before + 1, before + 2, before + 3);
        assertThat(changeLog.lastSequence()).isEqualTo(before + 3);
        assertThat(changeLog.changesAfter(before, 2)).hasSize(2);
    }

    @Test
    void publicationJoinsTheCallersTransactionAndRollsBackWithIt() {
        String name = unique("news");
        content.create("articles", name, ContentFixtures.article("記事"), null, "editor");
        long before = changeLog.lastSequence();

        // As a workflow step whose task completion fails after the publish call.
        transaction.executeWithoutResult(status -> {
            publication.publish("articles", name, null, "approver");
            assertThat(content.get("articles", name).status()).isEqualTo(PublicationStatus.PUBLISHED);
            status.setRollbackOnly();
        });

        assertThat(content.get("articles", name).status()).isEqualTo(PublicationStatus.UNPUBLISHED);
        assertThat(published.find("articles", name)).isEmpty();
        assertThat(changeLog.lastSequence()).isEqualTo(before);
    }

    private List<ContentEvent> eventsFor(String name) {
        return events.stream(ContentEvent.class).filter(event -> event.name().equals(name)).toList();
    }
}

package jp.musubi.cms.content;

import static jp.musubi.cms.content.ContentFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jp.musubi.cms.support.CmsSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The storage side of publication that cms.publication uses instead of the content repository. */
@CmsSpringBootTest
class ContentPublicationStoreTest {

    @Autowired ContentService content;
    @Autowired ContentPublicationStore store;
    @Autowired ContentChangeLog changeLog;
    @Autowired TransactionTemplate transaction;

    @Test
    void markPublishedPublishesTheRevisionAndLogsTheChange() {
        String name = unique("store-page");
        content.create("pages", name, ContentFixtures.page(), null, "editor");
        long before = changeLog.lastSequence();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        transaction.executeWithoutResult(status -> {
            ItemState item = store.lock("pages", name).orElseThrow();
            store.markPublished(item, 1, new Stamp(at, "approver"));
        });

        ContentItem published = content.get("pages", name);
        assertThat(published.publishedRevision()).isEqualTo(1);
        assertThat(published.lastActivated()).isEqualTo(new Stamp(at, "approver"));
        assertThat(changesOf(name, before)).extracting(ContentChange::kind).containsExactly(ContentChange.Kind.PUBLISHED);
    }

    @Test
    void markUnpublishedTakesTheItemOffAndLogsTheChange() {
        String name = unique("store-page");
        content.create("pages", name, ContentFixtures.page(), null, "editor");
        transaction.executeWithoutResult(status -> store.markPublished(store.lock("pages", name).orElseThrow(), 1,
                new Stamp(Instant.now(), "approver")));
        long before = changeLog.lastSequence();

        transaction.executeWithoutResult(status ->
                store.markUnpublished(store.lock("pages", name).orElseThrow(), Instant.now()));

        assertThat(content.get("pages", name).publishedRevision()).isNull();
        assertThat(changesOf(name, before)).extracting(ContentChange::kind).containsExactly(ContentChange.Kind.UNPUBLISHED);
    }

    @Test
    void aScheduledItemIsDueOnceItsTimeHasComeUntilTheScheduleIsCleared() {
        String name = unique("store-page");
        ContentItem item = content.create("pages", name, ContentFixtures.page(), null, "editor");
        // Far ahead, so the application's own scheduler (real clock) never publishes it.
        Instant at = Instant.now().plus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);

        transaction.executeWithoutResult(status -> store.schedule(item.id(), new ScheduledPublication(at, 1, "editor")));

        assertThat(content.get("pages", name).scheduled()).isEqualTo(new ScheduledPublication(at, 1, "editor"));
        assertThat(store.dueForPublication(at, 10_000)).contains(item.id());
        assertThat(store.dueForPublication(at.minusSeconds(60), 10_000)).doesNotContain(item.id());

        transaction.executeWithoutResult(status -> store.clearSchedule(item.id()));

        assertThat(content.get("pages", name).scheduled()).isNull();
        assertThat(store.dueForPublication(at, 10_000)).doesNotContain(item.id());
    }

    @Test
    void lockReadsTheApprovalStateByNameOrId() {
        String name = unique("store-page");
        ContentItem item = content.create("pages", name, ContentFixtures.page(), null, "editor");

        transaction.executeWithoutResult(status -> store.setApprovalPending(item.id(), true));

        Boolean pendingByName = transaction.execute(status -> store.lock("pages", name).orElseThrow().approvalPending());
        Boolean pendingById = transaction.execute(status -> store.lock(item.id()).orElseThrow().approvalPending());
        Optional<ItemState> missing = transaction.execute(status -> store.lock("pages", unique("missing")));

        assertThat(pendingByName).isTrue();
        assertThat(pendingById).isTrue();
        assertThat(missing).isEmpty();
    }

    @Test
    void aPublicationChangeOutsideATransactionIsRefusedAndChangesNothing() {
        // The change log entry must commit with the change it records.
        String name = unique("store-page");
        content.create("pages", name, ContentFixtures.page(), null, "editor");
        ItemState item = transaction.execute(status -> store.lock("pages", name).orElseThrow());

        assertThatThrownBy(() -> store.markPublished(item, 1, new Stamp(Instant.now(), "approver")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(content.get("pages", name).publishedRevision()).isNull();
        assertThatThrownBy(() -> store.lock("pages", name)).isInstanceOf(IllegalTransactionStateException.class);
    }

    private List<ContentChange> changesOf(String name, long afterSequence) {
        return changeLog.changesAfter(afterSequence, 10_000).stream().filter(change -> change.name().equals(name)).toList();
    }
}

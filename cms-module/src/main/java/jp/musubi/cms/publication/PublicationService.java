package jp.musubi.cms.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jp.musubi.cms.common.Messages;
import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentNotFoundException;
import jp.musubi.cms.content.ContentPublicationStore;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.content.ContentStateException;
import jp.musubi.cms.content.ContentTime;
import jp.musubi.cms.content.ContentValidationException;
import jp.musubi.cms.content.ItemState;
import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.cms.content.ScheduledPublication;
import jp.musubi.cms.content.Stamp;
import jp.musubi.cms.content.Texts;
import jp.musubi.cms.event.ContentPublishedEvent;
import jp.musubi.cms.event.ContentSubmittedEvent;
import jp.musubi.cms.event.ContentUnpublishedEvent;
import jp.musubi.contenttypes.definition.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves items through Magnolia's publication states. Editors only {@link #submit}; the four-eyes
 * workflow then calls {@link #publish}, {@link #schedule}, {@link #unpublish} or {@link #reject}
 * from its delegates. Every method joins the caller's transaction, so a completed workflow step
 * and the publication it caused commit together or not at all; the item's row is locked meanwhile.
 * Publication changes are written to the content change log and announced as {@code ContentEvent}s.
 */
@Service
@Transactional
public class PublicationService {

    private static final Logger log = LoggerFactory.getLogger(PublicationService.class);
    private static final int MAX_COMMENT_LENGTH = 1000;
    private static final Messages TEXTS = Messages.of("i18n/publication");

    private final ContentService content;
    private final ContentPublicationStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicationService(ContentService content, ContentPublicationStore store, ApplicationEventPublisher events,
                       Clock clock) {
        this.content = content;
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Asks for the current revision to be published (or, with {@code unpublish}, for the item to be
     * taken off the site): marks the item approval-pending and publishes a {@link ContentSubmittedEvent},
     * on which the workflow starts the approval.
     *
     * @param publishAt requested publication time, or null for "when approved"
     */
    public ContentItem submit(String workspace, String name, String comment, Instant publishAt, boolean unpublish,
                              String user) {
        ItemState item = lock(workspace, name);
        List<Violation> violations = new ArrayList<>();
        checkComment(comment, violations);
        if (publishAt != null && unpublish) {
            violations.add(new Violation("publishAt", TEXTS.get("publication.publishAtOnUnpublish")));
        } else if (publishAt != null && !publishAt.isAfter(clock.instant())) {
            violations.add(new Violation("publishAt", TEXTS.get("publication.publishAtInPast")));
        }
        if (!violations.isEmpty()) {
            throw new ContentValidationException(violations);
        }
        if (item.approvalPending()) {
            throw new ContentStateException(TEXTS.get("publication.alreadyPending"));
        }
        if (unpublish && !item.isPublished()) {
            throw new ContentStateException(TEXTS.get("publication.unpublishNotPublished"));
        }
        if (!unpublish && item.status() == PublicationStatus.PUBLISHED) {
            throw new ContentStateException(TEXTS.get("publication.nothingToPublish"));
        }
        store.setApprovalPending(item.id(), true);
        events.publishEvent(new ContentSubmittedEvent(item.id(), workspace, name, item.currentRevision(), Stamp.accountName(user),
                Texts.blankToNull(comment), ContentTime.truncate(publishAt), unpublish));
        return content.get(workspace, name);
    }

    /** The approver declined: the item is no longer pending, and a planned publication is dropped. */
    public ContentItem reject(String workspace, String name, String comment, String user) {
        ItemState item = lock(workspace, name);
        store.setApprovalPending(item.id(), false);
        store.clearSchedule(item.id());
        log.info("Publication of {}/{} rejected by {}: {}", workspace, name, Stamp.accountName(user), comment);
        return content.get(workspace, name);
    }

    /**
     * Publishes a revision now.
     *
     * @param revision the approved revision, or null for the current one
     */
    public ContentItem publish(String workspace, String name, Integer revision, String user) {
        return publishAsOf(workspace, name, revision, user, ContentTime.now(clock));
    }

    /** As {@link #publish}, recorded as published at {@code activatedAt}: for imports (demo data). */
    public ContentItem publishAsOf(String workspace, String name, Integer revision, String user, Instant activatedAt) {
        ItemState item = lock(workspace, name);
        int published = revision == null ? item.currentRevision() : revision;
        requireRevision(item, published);
        markPublished(item, published, new Stamp(ContentTime.truncate(activatedAt), Stamp.accountName(user)));
        return content.get(workspace, name);
    }

    /** Takes the item off the site; its revisions stay. */
    public ContentItem unpublish(String workspace, String name, String user) {
        ItemState item = lock(workspace, name);
        if (!item.isPublished()) {
            throw new ContentStateException(TEXTS.get("publication.cannotUnpublish"));
        }
        store.markUnpublished(item, ContentTime.now(clock));
        events.publishEvent(new ContentUnpublishedEvent(item.id(), workspace, name, item.type(), Stamp.accountName(user)));
        return content.get(workspace, name);
    }

    /** Plans the publication of the current revision at {@code at}. */
    public ContentItem schedule(String workspace, String name, Instant at, String user) {
        return schedule(workspace, name, at, null, user);
    }

    /**
     * Plans the publication of {@code revision} (null: the current one) at {@code at}; the scheduler
     * publishes it once that time has come (at once if it already has). Replaces an earlier plan.
     */
    public ContentItem schedule(String workspace, String name, Instant at, Integer revision, String user) {
        Objects.requireNonNull(at, "at");
        ItemState item = lock(workspace, name);
        int planned = revision == null ? item.currentRevision() : revision;
        requireRevision(item, planned);
        store.schedule(item.id(), new ScheduledPublication(ContentTime.truncate(at), planned, Stamp.accountName(user)));
        return content.get(workspace, name);
    }

    /** Drops the planned publication (the editor's 予約を取り消す); refused when nothing is planned. */
    public ContentItem cancelSchedule(String workspace, String name, String user) {
        ItemState item = lock(workspace, name);
        if (item.scheduled() == null) {
            throw new ContentStateException(TEXTS.get("publication.nothingScheduled"));
        }
        store.clearSchedule(item.id());
        log.info("Scheduled publication of {}/{} cancelled by {}", workspace, name, Stamp.accountName(user));
        return content.get(workspace, name);
    }

    /**
     * Publishes the item if its planned time is not after {@code now}; called by the scheduler, one
     * item per transaction. Rechecks under the row lock, so two nodes never publish it twice.
     *
     * @return whether it was published
     */
    boolean publishIfDue(UUID itemId, Instant now) {
        ItemState item = store.lock(itemId).orElse(null);
        if (item == null || item.scheduled() == null || item.scheduled().at().isAfter(now)) {
            return false;
        }
        ScheduledPublication scheduled = item.scheduled();
        requireRevision(item, scheduled.revision());
        markPublished(item, scheduled.revision(), new Stamp(ContentTime.truncate(now), scheduled.by()));
        return true;
    }

    private void markPublished(ItemState item, int revision, Stamp activated) {
        store.markPublished(item, revision, activated);
        events.publishEvent(new ContentPublishedEvent(item.id(), item.workspace(), item.name(), item.type(), revision,
                activated.by()));
    }

    private ItemState lock(String workspace, String name) {
        content.type(workspace);
        return store.lock(workspace, name)
                .orElseThrow(() -> ContentNotFoundException.item(workspace, name));
    }

    private void requireRevision(ItemState item, int revision) {
        if (revision < 1 || revision > item.currentRevision()) {
            throw ContentNotFoundException.revision(item.workspace(), item.name(), revision);
        }
    }

    private static void checkComment(String comment, List<Violation> violations) {
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            violations.add(new Violation("comment", TEXTS.get("publication.commentTooLong", MAX_COMMENT_LENGTH)));
        }
    }


}

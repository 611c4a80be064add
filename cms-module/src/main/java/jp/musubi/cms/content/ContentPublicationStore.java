package jp.musubi.cms.content;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publication state of content items, for cms.publication: the state lives on the item's row, so
 * this module owns its storage and the change log entry that goes with each change, while the rules
 * (who may publish what, when) stay in cms.publication.
 *
 * <p>Locks and changes require the caller's transaction (a row lock or a change log entry outside one
 * would end at once); the {@code lock} methods hold the item's row lock until it ends, so the caller's
 * state changes happen one at a time.
 */
@Component
public class ContentPublicationStore {

    private final ContentRepository repository;
    private final ContentChangeWriter changes;

    ContentPublicationStore(ContentRepository repository, ContentChangeWriter changes) {
        this.repository = repository;
        this.changes = changes;
    }

    /** Reads the item and locks its row until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ItemState> lock(String workspace, String name) {
        return repository.findForUpdate(workspace, name);
    }

    /** As {@link #lock(String, String)}, by id: for the scheduler, which rechecks under the lock. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ItemState> lock(UUID itemId) {
        return repository.findForUpdate(itemId);
    }

    /**
     * The revision becomes the published one (approval and any planned publication are done with),
     * logged as {@link ContentChange.Kind#PUBLISHED} at {@code activated.at()}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markPublished(ItemState item, int revision, Stamp activated) {
        repository.markPublished(item.id(), revision, activated);
        changes.write(item.id(), item.workspace(), item.name(), ContentChange.Kind.PUBLISHED, activated.at());
    }

    /** Takes the item off the site, logged as {@link ContentChange.Kind#UNPUBLISHED} at {@code at}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void markUnpublished(ItemState item, Instant at) {
        repository.markUnpublished(item.id());
        changes.write(item.id(), item.workspace(), item.name(), ContentChange.Kind.UNPUBLISHED, at);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void setApprovalPending(UUID itemId, boolean pending) {
        repository.setApprovalPending(itemId, pending);
    }

    /** Plans a publication, replacing an earlier plan. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void schedule(UUID itemId, ScheduledPublication scheduled) {
        repository.schedule(itemId, scheduled);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void clearSchedule(UUID itemId) {
        repository.clearSchedule(itemId);
    }

    /** Items whose planned publication time has come, earliest first, at most {@code limit}. */
    public List<UUID> dueForPublication(Instant now, int limit) {
        return repository.dueForPublication(now, limit);
    }
}

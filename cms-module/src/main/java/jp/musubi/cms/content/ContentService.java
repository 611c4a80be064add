package jp.musubi.cms.content;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jp.musubi.contenttypes.definition.ContentTypeDefinition;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import jp.musubi.contenttypes.definition.ContentValidator;
import jp.musubi.contenttypes.definition.ValidationResult;
import jp.musubi.contenttypes.definition.Violation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authoring: creates and edits content items. Every save is a new revision; values are sanitized,
 * validated against the workspace's content type and their references checked before anything is
 * written, so a refused save changes nothing. Publication is {@code PublicationService}'s job.
 */
@Service
@Transactional
public class ContentService {

    static final int MAX_COMMENT_LENGTH = 1000;
    private static final int MAX_TITLE_LENGTH = 1000;

    private final ContentTypeRegistry registry;
    private final ContentValidator validator;
    private final ContentInputPreparer preparer;
    private final ReferenceChecker references;
    private final ContentRepository repository;
    private final ContentChangeWriter changes;
    private final ContentJson json;
    private final ContentLimits limits;
    private final Clock clock;

    ContentService(ContentTypeRegistry registry, ContentValidator validator, ContentInputPreparer preparer,
                   ReferenceChecker references, ContentRepository repository, ContentChangeWriter changes,
                   ContentJson json, ContentLimits limits, Clock clock) {
        this.registry = registry;
        this.validator = validator;
        this.preparer = preparer;
        this.references = references;
        this.repository = repository;
        this.changes = changes;
        this.json = json;
        this.limits = limits;
        this.clock = clock;
    }

    /** Creates an item with its first revision, unpublished. */
    public ContentItem create(String workspace, String name, Map<String, ?> properties, String comment, String user) {
        return createAsOf(workspace, name, properties, comment, user, ContentTime.now(clock));
    }

    /** As {@link #create}, dated {@code at}: for imports of content written earlier (demo data). */
    public ContentItem createAsOf(String workspace, String name, Map<String, ?> properties, String comment,
                                  String user, Instant at) {
        ContentTypeDefinition type = type(workspace);
        List<Violation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new Violation("name", ContentMessages.requiredName()));
        } else if (!ItemNames.isValid(name)) {
            violations.add(new Violation("name", ContentMessages.invalidName()));
        } else if (repository.exists(workspace, name)) {
            violations.add(new Violation("name", ContentMessages.nameTaken(name)));
        }
        checkComment(comment, violations);
        Prepared prepared = prepare(type, properties, violations);
        Stamp stamp = new Stamp(ContentTime.truncate(at), Stamp.accountName(user));
        ItemState item = new ItemState(UUID.randomUUID(), workspace, name, type.name(), ItemNames.path(name),
                title(prepared.values(), name), 1, 1, null, stamp, stamp, null, null, false);
        try {
            repository.insert(item);
        } catch (DuplicateKeyException e) {
            // Created by someone else since the check above.
            throw ContentValidationException.of("name", ContentMessages.nameTaken(name));
        }
        repository.insertRevision(item.id(), 1, prepared.json(), stamp, Texts.blankToNull(comment), prepared.references());
        return ContentItem.of(item, json.read(prepared.json()));
    }

    /**
     * Saves new values as the next revision.
     *
     * @param expectedVersion the version the editor started from
     * @throws ContentConflictException when someone saved since; carries the stored item
     */
    public ContentItem update(String workspace, String name, long expectedVersion, Map<String, ?> properties,
                              String comment, String user) {
        ContentTypeDefinition type = type(workspace);
        ItemState item = repository.find(workspace, name).orElseThrow(() -> ContentNotFoundException.item(workspace, name));
        if (item.version() != expectedVersion) {
            throw conflict(item);
        }
        List<Violation> violations = new ArrayList<>();
        checkComment(comment, violations);
        Prepared prepared = prepare(type, properties, violations);
        return saveRevision(item, prepared, expectedVersion, Texts.blankToNull(comment), Stamp.accountName(user));
    }

    /**
     * Makes an old revision's values current again, as a new revision (history is never rewritten).
     * The values are checked again: a reference may no longer exist.
     *
     * @param expectedVersion the version the editor saw, or null to restore over whatever is current
     */
    public ContentItem restore(String workspace, String name, int revision, Long expectedVersion, String comment,
                               String user) {
        ContentTypeDefinition type = type(workspace);
        ItemState item = repository.find(workspace, name).orElseThrow(() -> ContentNotFoundException.item(workspace, name));
        ContentRepository.StoredRevision old = repository.revision(item.id(), revision)
                .orElseThrow(() -> ContentNotFoundException.revision(workspace, name, revision));
        long version = expectedVersion == null ? item.version() : expectedVersion;
        if (item.version() != version) {
            throw conflict(item);
        }
        List<Violation> violations = new ArrayList<>();
        checkComment(comment, violations);
        Prepared prepared = prepare(type, json.read(old.propertiesJson()), violations);
        String note = comment == null || comment.isBlank() ? ContentMessages.TEXTS.get("content.restoredNote", revision) : comment;
        return saveRevision(item, prepared, version, note, Stamp.accountName(user));
    }

    @Transactional(readOnly = true)
    public ContentItem get(String workspace, String name) {
        return find(workspace, name).orElseThrow(() -> ContentNotFoundException.item(workspace, name));
    }

    /**
     * Names of the items of {@code workspace} whose current, published or scheduled revision references
     * the item {@code targetWorkspace}/{@code targetName} (e.g. the seeds of a member), by name.
     */
    @Transactional(readOnly = true)
    public List<String> referrers(String workspace, String targetWorkspace, String targetName) {
        return repository.referrers(targetWorkspace, targetName).stream()
                .filter(ref -> ref.workspace().equals(workspace)).map(ItemRef::name).toList();
    }

    /** @throws ContentNotFoundException for an unknown workspace (an unknown item is an empty result) */
    @Transactional(readOnly = true)
    public Optional<ContentItem> find(String workspace, String name) {
        type(workspace);
        return repository.find(workspace, name).map(this::withProperties);
    }

    @Transactional(readOnly = true)
    public ContentPage list(String workspace, ContentQuery query) {
        type(workspace);
        return repository.list(workspace, query);
    }

    /** The item's history, newest first. */
    @Transactional(readOnly = true)
    public List<RevisionSummary> revisions(String workspace, String name) {
        type(workspace);
        ItemState item = repository.find(workspace, name).orElseThrow(() -> ContentNotFoundException.item(workspace, name));
        return repository.revisions(item);
    }

    @Transactional(readOnly = true)
    public ContentRevision revision(String workspace, String name, int revision) {
        type(workspace);
        ItemState item = repository.find(workspace, name).orElseThrow(() -> ContentNotFoundException.item(workspace, name));
        ContentRepository.StoredRevision stored = repository.revision(item.id(), revision)
                .orElseThrow(() -> ContentNotFoundException.revision(workspace, name, revision));
        return new ContentRevision(stored.revision(), stored.created(), stored.comment(), json.read(stored.propertiesJson()));
    }

    /**
     * Deletes an item and its history. Only an item the site does not show, that is not on its way
     * there (approval pending, scheduled) and that no other item references may be deleted.
     */
    public void delete(String workspace, String name, String user) {
        type(workspace);
        ItemState item = repository.findForUpdate(workspace, name)
                .orElseThrow(() -> ContentNotFoundException.item(workspace, name));
        Stamp.accountName(user);
        if (item.isPublished()) {
            throw new ContentStateException(ContentMessages.deletePublished());
        }
        if (item.approvalPending()) {
            throw new ContentStateException(ContentMessages.deletePending());
        }
        if (item.scheduled() != null) {
            throw new ContentStateException(ContentMessages.deleteScheduled());
        }
        List<ItemRef> referrers = repository.referrers(workspace, name).stream()
                .filter(ref -> !ref.equals(new ItemRef(workspace, name))).toList();
        if (!referrers.isEmpty()) {
            throw new ContentStateException(ContentMessages.deleteReferenced(
                    referrers.stream().map(ItemRef::toString).collect(Collectors.joining(ContentMessages.TEXTS.get("content.referrerSeparator")))));
        }
        repository.delete(item.id());
        changes.write(item.id(), workspace, name, ContentChange.Kind.DELETED, ContentTime.now(clock));
    }

    /** The content type of a workspace. */
    public ContentTypeDefinition type(String workspace) {
        return registry.findTypeByWorkspace(workspace).orElseThrow(() -> ContentNotFoundException.workspace(workspace));
    }

    ContentItem withProperties(ItemState item) {
        ContentRepository.StoredRevision current = repository.revision(item.id(), item.currentRevision())
                .orElseThrow(() -> new IllegalStateException("Item " + item.id() + " has no revision " + item.currentRevision()));
        return ContentItem.of(item, json.read(current.propertiesJson()));
    }

    private ContentItem saveRevision(ItemState item, Prepared prepared, long expectedVersion, String comment, String user) {
        int next = item.currentRevision() + 1;
        Stamp stamp = new Stamp(ContentTime.now(clock), user);
        String title = title(prepared.values(), item.name());
        if (!repository.updateContent(item.id(), expectedVersion, next, title, stamp)) {
            throw conflict(repository.find(item.workspace(), item.name()).orElseThrow());
        }
        repository.insertRevision(item.id(), next, prepared.json(), stamp, comment, prepared.references());
        return withProperties(repository.find(item.workspace(), item.name()).orElseThrow());
    }

    private ContentConflictException conflict(ItemState item) {
        return new ContentConflictException(withProperties(item));
    }

    /** Sanitizes, validates and checks references; throws with every violation found. */
    private Prepared prepare(ContentTypeDefinition type, Map<String, ?> properties, List<Violation> violations) {
        Map<String, Object> input = preparer.prepare(type, properties == null ? Map.of() : properties, violations);
        ValidationResult result = validator.validate(type, input);
        violations.addAll(result.violations());
        List<ReferenceTarget> targets = new ArrayList<>();
        if (result.isValid()) {
            references.check(type, result.values(), violations, targets);
        }
        if (!violations.isEmpty()) {
            throw new ContentValidationException(violations);
        }
        String stored = json.write(result.values());
        long maxBytes = limits.maxSize().toBytes();
        if (stored.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new ContentTooLargeException(ContentMessages.tooLarge(maxBytes));
        }
        return new Prepared(result.values(), stored, targets);
    }

    private static void checkComment(String comment, List<Violation> violations) {
        // UTF-16 length: what VARCHAR(1000) counts on H2 (PostgreSQL counts code points, never more).
        if (comment != null && comment.length() > MAX_COMMENT_LENGTH) {
            violations.add(new Violation("comment", ContentMessages.commentTooLong(MAX_COMMENT_LENGTH)));
        }
    }

    private static String title(Map<String, Object> values, String name) {
        String title = values.get("title") instanceof String text ? text : name;
        if (title.length() > MAX_TITLE_LENGTH) {
            // Only the list filter reads this copy; cut without splitting a surrogate pair.
            int end = Character.isLowSurrogate(title.charAt(MAX_TITLE_LENGTH)) ? MAX_TITLE_LENGTH - 1 : MAX_TITLE_LENGTH;
            title = title.substring(0, end);
        }
        return title;
    }



    private record Prepared(Map<String, Object> values, String json, List<ReferenceTarget> references) {
    }
}

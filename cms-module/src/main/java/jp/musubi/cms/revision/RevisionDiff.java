package jp.musubi.cms.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.musubi.cms.asset.Asset;
import jp.musubi.cms.asset.AssetService;
import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentRevision;
import jp.musubi.cms.content.ContentService;
import jp.musubi.contenttypes.definition.ContentTypeDefinition;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import jp.musubi.contenttypes.definition.PropertyDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readable, field-by-field differences between revisions: for the editor's history and for the
 * approver, who sees what would change on the site (latest revision against the published one).
 */
@Service
@Transactional(readOnly = true)
public class RevisionDiff {

    private final ContentService content;
    private final ContentTypeRegistry registry;
    private final AssetService assets;

    RevisionDiff(ContentService content, ContentTypeRegistry registry, AssetService assets) {
        this.content = content;
        this.registry = registry;
        this.assets = assets;
    }

    /** Referenced items by their title, assets by their file name: a reviewer recognizes neither id. */
    private final ReadableValues.Names names = new ReadableValues.Names() {
        @Override
        public String reference(String targetType, String name) {
            return registry.findType(targetType).flatMap(type -> content.find(type.workspace(), name))
                    .map(item -> item.properties().get("title"))
                    .map(title -> ReadableValues.TEXTS.get("revision.reference", title, name))
                    .orElse(name);
        }

        @Override
        public String asset(String id) {
            return AssetService.parse(id).flatMap(assets::find)
                    .map(asset -> ReadableValues.TEXTS.get("revision.assetName", asset.filename()))
                    .orElse(ReadableValues.TEXTS.get("revision.assetName", id));
        }
    };

    /** Revision {@code from} against revision {@code to} (either order; the older is shown first). */
    public RevisionComparison between(String workspace, String name, int from, int to) {
        ContentRevision older = content.revision(workspace, name, Math.min(from, to));
        ContentRevision newer = content.revision(workspace, name, Math.max(from, to));
        return compare(workspace, name, older, newer);
    }

    /** The latest revision against the published one, or against nothing when never published (新規公開). */
    public RevisionComparison latestAgainstPublished(String workspace, String name) {
        ContentItem item = content.get(workspace, name);
        ContentRevision latest = content.revision(workspace, name, item.revision());
        ContentRevision published = item.publishedRevision() == null ? null
                : content.revision(workspace, name, item.publishedRevision());
        return compare(workspace, name, published, latest);
    }

    /**
     * The published revision (or nothing) against properties that are not saved yet, e.g. a member's
     * requested profile change: what the site would show differently if they were published. The
     * comparison's {@code toRevision} is 0 and its {@code toStamp} null.
     */
    public RevisionComparison publishedAgainst(String workspace, String name, Map<String, Object> proposed) {
        ContentItem item = content.find(workspace, name).orElse(null);
        ContentRevision published = item == null || item.publishedRevision() == null ? null
                : content.revision(workspace, name, item.publishedRevision());
        return compare(workspace, name, published, proposed, 0, null);
    }

    /** An asset field's image, for a thumbnail next to its diff; null for other fields and for PDFs. */
    private String imageUrl(PropertyDefinition property, Object value) {
        if (property.type().kind() != jp.musubi.contenttypes.definition.PropertyType.Kind.ASSET || value == null) {
            return null;
        }
        return AssetService.parse(value.toString()).flatMap(assets::find)
                .filter(asset -> asset.mediaType() != null && asset.mediaType().startsWith("image/"))
                .map(Asset::url).orElse(null);
    }

    private RevisionComparison compare(String workspace, String name, ContentRevision older, ContentRevision newer) {
        return compare(workspace, name, older, newer.properties(), newer.revision(), newer.created());
    }

    private RevisionComparison compare(String workspace, String name, ContentRevision older, Map<String, Object> after,
                                       int toRevision, jp.musubi.cms.content.Stamp toStamp) {
        ContentTypeDefinition type = content.type(workspace);
        Map<String, Object> before = older == null ? Map.of() : older.properties();
        List<FieldDiff> fields = new ArrayList<>();
        for (PropertyDefinition property : type.properties()) {
            Object oldValue = before.get(property.name());
            Object newValue = after.get(property.name());
            if (Objects.equals(oldValue, newValue)) {
                continue;
            }
            String oldText = ReadableValues.of(type, property, oldValue, names);
            String newText = ReadableValues.of(type, property, newValue, names);
            if (oldText.equals(newText)) {
                continue;
            }
            FieldDiff.Change change = oldText.isEmpty() ? FieldDiff.Change.ADDED
                    : newText.isEmpty() ? FieldDiff.Change.REMOVED : FieldDiff.Change.CHANGED;
            fields.add(new FieldDiff(property.name(), property.label(), change, oldText, newText,
                    WordDiff.diff(oldText, newText), imageUrl(property, oldValue), imageUrl(property, newValue)));
        }
        return new RevisionComparison(workspace, name, older == null ? null : older.revision(),
                older == null ? null : older.created(), toRevision, toStamp, fields);
    }
}

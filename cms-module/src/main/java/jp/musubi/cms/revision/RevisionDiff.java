package jp.musubi.cms.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentRevision;
import jp.musubi.cms.content.ContentService;
import jp.musubi.contenttypes.definition.ContentTypeDefinition;
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

    RevisionDiff(ContentService content) {
        this.content = content;
    }

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

    private RevisionComparison compare(String workspace, String name, ContentRevision older, ContentRevision newer) {
        ContentTypeDefinition type = content.type(workspace);
        Map<String, Object> before = older == null ? Map.of() : older.properties();
        List<FieldDiff> fields = new ArrayList<>();
        for (PropertyDefinition property : type.properties()) {
            Object oldValue = before.get(property.name());
            Object newValue = newer.properties().get(property.name());
            if (Objects.equals(oldValue, newValue)) {
                continue;
            }
            String oldText = ReadableValues.of(type, property, oldValue);
            String newText = ReadableValues.of(type, property, newValue);
            if (oldText.equals(newText)) {
                continue;
            }
            FieldDiff.Change change = oldText.isEmpty() ? FieldDiff.Change.ADDED
                    : newText.isEmpty() ? FieldDiff.Change.REMOVED : FieldDiff.Change.CHANGED;
            fields.add(new FieldDiff(property.name(), property.label(), change, oldText, newText,
                    WordDiff.diff(oldText, newText)));
        }
        return new RevisionComparison(workspace, name, older == null ? null : older.revision(),
                older == null ? null : older.created(), newer.revision(), newer.created(), fields);
    }
}

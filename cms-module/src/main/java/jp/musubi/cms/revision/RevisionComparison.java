package jp.musubi.cms.revision;

import java.util.List;

import jp.musubi.cms.content.Stamp;

/**
 * The differences between two revisions of one item, field by field (unchanged fields left out).
 *
 * @param fromRevision the older side, or null when there is none (never published: 新規公開)
 * @param fromStamp    who saved the older side and when, or null
 */
public record RevisionComparison(String workspace, String name, Integer fromRevision, Stamp fromStamp,
                                 int toRevision, Stamp toStamp, List<FieldDiff> fields) {

    public RevisionComparison {
        fields = List.copyOf(fields);
    }

    /** Nothing published yet: everything is new. */
    public boolean firstPublication() {
        return fromRevision == null;
    }

    public boolean identical() {
        return fields.isEmpty();
    }
}

package jp.musubi.cms.revision;

import java.util.List;

/**
 * How one property differs between two revisions.
 *
 * @param property the property's name
 * @param label    its Japanese label from the content type
 * @param change   added (empty before), removed (empty after) or changed
 * @param before   the older value as readable text ("" when empty)
 * @param after    the newer value as readable text ("" when empty)
 * @param segments word by word: what stayed, was inserted or deleted
 */
public record FieldDiff(String property, String label, Change change, String before, String after,
                        List<DiffSegment> segments) {

    public enum Change {
        ADDED("追加"), REMOVED("削除"), CHANGED("変更");

        private final String label;

        Change(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public FieldDiff {
        segments = List.copyOf(segments);
    }
}

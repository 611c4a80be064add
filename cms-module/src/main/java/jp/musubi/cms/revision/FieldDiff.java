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
 * @param beforeImage for an image field, the older image's address (a thumbnail next to the diff), else null
 * @param afterImage  for an image field, the newer image's address, else null
 */
public record FieldDiff(String property, String label, Change change, String before, String after,
                        List<DiffSegment> segments, String beforeImage, String afterImage) {

    public FieldDiff(String property, String label, Change change, String before, String after,
                     List<DiffSegment> segments) {
        this(property, label, change, before, after, segments, null, null);
    }

    public enum Change {
        ADDED, REMOVED, CHANGED;

        /** The Japanese name, from {@code i18n/revision.properties}. */
        public String label() {
            return ReadableValues.TEXTS.get("revision.change." + name());
        }
    }

    public FieldDiff {
        segments = List.copyOf(segments);
    }
}

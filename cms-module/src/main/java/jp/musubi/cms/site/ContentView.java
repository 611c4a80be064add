package jp.musubi.cms.site;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a public page shows of one content item: only the type's deliverable properties (personal
 * data never enters), option values already turned into their Japanese labels. Built the same way
 * for a published item and for a revision in the editor's preview, so the preview is the page.
 *
 * @param values    property → value as stored (String, Boolean, Number, List of those); rich text is
 *                  HTML sanitized when it was saved
 * @param labels    property → the Japanese label of the stored option value, for properties with options
 * @param published when the shown revision was published; null in a preview of an unpublished revision
 */
public record ContentView(String workspace, String name, String typeLabel, Map<String, Object> values,
                          Map<String, String> labels, Instant published, Instant created) {

    public ContentView {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        labels = Map.copyOf(labels);
    }

    public String text(String property) {
        Object value = values.get(property);
        return value == null ? null : String.valueOf(value);
    }

    /** Rich text: HTML to insert as it is (sanitized when saved). */
    public String html(String property) {
        return text(property);
    }

    public List<String> list(String property) {
        Object value = values.get(property);
        if (value instanceof List<?> items) {
            return items.stream().filter(item -> item != null).map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    public boolean flag(String property) {
        return Boolean.TRUE.equals(values.get(property)) || "true".equals(values.get(property));
    }

    public String label(String property) {
        return labels.get(property);
    }

    public String title() {
        return text("title");
    }

    /** A date property (2026-12-10 or 2026-12-10T13:30) written the Japanese way. */
    public String date(String property) {
        return JapaneseDates.format(text(property));
    }

    public String publishedDate() {
        return published == null ? null : JapaneseDates.format(published);
    }
}

package jp.musubi.cms.site;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.musubi.cms.content.PublishedItem;
import jp.musubi.contenttypes.definition.ContentTypeDefinition;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import jp.musubi.contenttypes.definition.PropertyDefinition;
import jp.musubi.contenttypes.definition.PropertyOption;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link ContentView} of an item from its properties, for a published item and for any
 * revision alike. Reads only the type's deliverable properties, never whatever the item holds, so
 * personal data cannot reach a page even if a caller hands it over.
 */
@Component
public class ContentViews {

    private final ContentTypeRegistry registry;

    ContentViews(ContentTypeRegistry registry) {
        this.registry = registry;
    }

    public ContentView of(PublishedItem item) {
        return of(item.workspace(), item.name(), item.properties(), item.lastActivated(), item.created());
    }

    /** A revision's properties, as the public page would show them once published. */
    public ContentView of(String workspace, String name, Map<String, Object> properties, Instant published,
                          Instant created) {
        ContentTypeDefinition type = registry.findTypeByWorkspace(workspace)
                .orElseThrow(() -> new IllegalArgumentException("no content type for workspace " + workspace));
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (PropertyDefinition property : type.deliverableProperties()) {
            Object value = properties.get(property.name());
            if (value == null || (value instanceof String text && text.isBlank())) {
                continue;
            }
            values.put(property.name(), value);
            if (property.hasOptions() && !property.multiple()) {
                property.options().stream().filter(option -> option.value().equals(String.valueOf(value)))
                        .map(PropertyOption::label).findFirst()
                        .ifPresent(label -> labels.put(property.name(), label));
            }
        }
        return new ContentView(workspace, name, type.label(), values, labels, published, created);
    }
}

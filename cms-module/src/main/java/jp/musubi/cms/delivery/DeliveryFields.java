package jp.musubi.cms.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.musubi.cms.content.PublishedItem;
import jp.musubi.contenttypes.definition.ContentTypeDefinition;
import jp.musubi.contenttypes.definition.PropertyDefinition;
import jp.musubi.contenttypes.definition.PropertyType;

/**
 * The fields of one content type that queries may use. Built from
 * {@link ContentTypeDefinition#deliverableProperties()} only, so a personal-data property can
 * neither be filtered nor sorted on: it is as unknown as a misspelt one, and no query can probe it.
 */
final class DeliveryFields {

    static final String NAME = "@name";
    static final String CREATED = "mgnl:created";
    static final String LAST_MODIFIED = "mgnl:lastModified";
    static final String LAST_ACTIVATED = "mgnl:lastActivated";

    private final Map<String, DeliveryField> fields;
    private final Map<String, PropertyDefinition> properties;
    private final Set<String> subModels;

    private DeliveryFields(Map<String, DeliveryField> fields, Map<String, PropertyDefinition> properties,
                           Set<String> subModels) {
        this.fields = Collections.unmodifiableMap(fields);
        this.properties = Collections.unmodifiableMap(properties);
        this.subModels = Set.copyOf(subModels);
    }

    static DeliveryFields of(ContentTypeDefinition type) {
        Map<String, DeliveryField> fields = new LinkedHashMap<>();
        fields.put(NAME, new DeliveryField(NAME, FieldKind.TEXT, false));
        fields.put(CREATED, new DeliveryField(CREATED, FieldKind.INSTANT, false));
        fields.put(LAST_MODIFIED, new DeliveryField(LAST_MODIFIED, FieldKind.INSTANT, false));
        fields.put(LAST_ACTIVATED, new DeliveryField(LAST_ACTIVATED, FieldKind.INSTANT, false));
        Map<String, PropertyDefinition> properties = new LinkedHashMap<>();
        for (PropertyDefinition property : type.deliverableProperties()) {
            FieldKind kind = FieldKind.of(property.type().kind());
            if (kind != null) {
                fields.put(property.name(), new DeliveryField(property.name(), kind, property.multiple()));
                properties.put(property.name(), property);
            }
        }
        Set<String> subModels = type.deliverableProperties().stream()
                .filter(p -> p.type().kind() == PropertyType.Kind.SUB_MODEL)
                .map(PropertyDefinition::name)
                .collect(Collectors.toSet());
        return new DeliveryFields(fields, properties, subModels);
    }

    Optional<DeliveryField> find(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** True for a deliverable sub-model property: known, but not a single value to compare. */
    boolean isSubModel(String name) {
        return subModels.contains(name);
    }

    /** Every field's comparable values for one item; a field without a value is absent. */
    Map<String, List<Comparable<?>>> valuesOf(PublishedItem item) {
        Map<String, List<Comparable<?>>> values = new HashMap<>();
        values.put(NAME, List.of(item.name()));
        putInstant(values, CREATED, item.created());
        putInstant(values, LAST_MODIFIED, item.lastModified());
        putInstant(values, LAST_ACTIVATED, item.lastActivated());
        for (PropertyDefinition property : properties.values()) {
            Object stored = item.properties().get(property.name());
            FieldKind kind = fields.get(property.name()).kind();
            List<Comparable<?>> converted = new ArrayList<>();
            if (stored instanceof List<?> list) {
                for (Object element : list) {
                    addIfPresent(converted, kind.fromStored(element));
                }
            } else {
                addIfPresent(converted, kind.fromStored(stored));
            }
            if (!converted.isEmpty()) {
                values.put(property.name(), List.copyOf(converted));
            }
        }
        return values;
    }

    private static void putInstant(Map<String, List<Comparable<?>>> values, String field, Instant instant) {
        if (instant != null) {
            values.put(field, List.of(instant));
        }
    }

    private static void addIfPresent(List<Comparable<?>> values, Comparable<?> value) {
        if (value != null) {
            values.add(value);
        }
    }
}

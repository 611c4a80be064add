package jp.musubi.contenttypes.definition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import jp.musubi.contenttypes.definition.PropertyType.Kind;

/**
 * Validates the property values of one content item against its type and converts them to the
 * canonical values to store (see {@link ValueConverter}). Input is what JSON, YAML or a form
 * gives: String, Boolean, Number, a List for a multiple property, a Map for a sub-model.
 *
 * <p>Rules beyond each value's type: null and blank mean "no value"; a multiple property
 * accepts a single value as a list of one, drops blank entries and repeated values, and stores a
 * List; a single property refuses a List; unknown properties are refused so nothing is stored
 * that the type does not describe. Whether a referenced item exists is not checked here: only
 * the content store knows, so the CMS checks it. For an i18n property the caller passes one
 * locale's values.
 */
public final class ContentValidator {

    private final ContentTypeRegistry registry;

    public ContentValidator(ContentTypeRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** @throws IllegalArgumentException if {@code typeName} is not a content type */
    public ValidationResult validate(String typeName, Map<String, ?> input) {
        return validate(registry.type(typeName), input);
    }

    public ValidationResult validate(ContentTypeDefinition type, Map<String, ?> input) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Object> values = group(type, type.properties(), input, "", null, violations);
        return new ValidationResult(violations, values);
    }

    /** Validates the properties of the type itself or of one sub-model value. */
    private Map<String, Object> group(ContentTypeDefinition type, List<PropertyDefinition> properties,
                                      Map<?, ?> input, String pathPrefix, String labelPrefix,
                                      List<Violation> violations) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (PropertyDefinition property : properties) {
            String label = labelPrefix == null ? property.label() : Messages.nested(labelPrefix, property.label());
            Object value = property(type, property, input.get(property.name()),
                    pathPrefix + property.name(), label, violations);
            if (value != null) {
                values.put(property.name(), value);
            }
        }
        // Sorted, so the messages come in the same order whatever map the caller used.
        TreeSet<String> unknown = new TreeSet<>();
        input.keySet().forEach(key -> unknown.add(String.valueOf(key)));
        properties.forEach(p -> unknown.remove(p.name()));
        for (String name : unknown) {
            violations.add(new Violation(pathPrefix + name, Messages.unknownProperty(name)));
        }
        return Collections.unmodifiableMap(values);
    }

    /** The canonical value of one property, or null when absent or invalid. */
    private Object property(ContentTypeDefinition type, PropertyDefinition property, Object raw,
                            String path, String label, List<Violation> violations) {
        Conversion result;
        if (property.multiple()) {
            result = multiple(type, property, raw, path, label, violations);
        } else if (raw instanceof List<?>) {
            result = Conversion.error(Messages.single(label));
        } else {
            result = single(type, property, raw, path, label, violations);
        }
        if (result.isError()) {
            violations.add(new Violation(path, result.error()));
        } else if (result.isBlank() && property.required()) {
            violations.add(new Violation(path, Messages.required(label)));
        }
        return result.value();
    }

    private Conversion multiple(ContentTypeDefinition type, PropertyDefinition property, Object raw,
                                String path, String label, List<Violation> violations) {
        List<?> items = raw instanceof List<?> list ? list : Collections.singletonList(raw);
        // Repeated values carry no meaning in tags or fields; sub-model values may legitimately repeat.
        boolean distinct = property.type().kind() != Kind.SUB_MODEL;
        List<Object> values = new ArrayList<>();
        boolean failed = false;
        for (int i = 0; i < items.size(); i++) {
            String itemLabel = items.size() == 1 ? label : Messages.nth(label, i);
            String itemPath = raw instanceof List<?> ? path + "[" + i + "]" : path;
            Conversion item = single(type, property, items.get(i), itemPath, itemLabel, violations);
            if (item.isError()) {
                violations.add(new Violation(itemPath, item.error()));
                failed = true;
            } else if (item.value() != null && !(distinct && values.contains(item.value()))) {
                values.add(item.value());
            }
        }
        if (failed) {
            // Reported per item above; "required" must not pile on.
            return Conversion.reported();
        }
        return values.isEmpty() ? Conversion.blank() : Conversion.of(List.copyOf(values));
    }

    private Conversion single(ContentTypeDefinition type, PropertyDefinition property, Object raw,
                              String path, String label, List<Violation> violations) {
        if (raw == null) {
            return Conversion.blank();
        }
        if (property.type().kind() != Kind.SUB_MODEL) {
            return ValueConverter.convert(property, raw, label);
        }
        if (!(raw instanceof Map<?, ?> map)) {
            return Conversion.error(Messages.notGroup(label));
        }
        SubModelDefinition subModel = type.subModel(property.type().target()).orElseThrow();
        int before = violations.size();
        Map<String, Object> values = group(type, subModel.properties(), map, path + ".", label, violations);
        if (violations.size() > before) {
            return Conversion.reported();
        }
        return values.isEmpty() ? Conversion.blank() : Conversion.of(values);
    }
}

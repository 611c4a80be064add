package jp.musubi.cms.editor;

import static jp.musubi.cms.editor.EditorTexts.TEXTS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jp.musubi.contenttypes.definition.ContentTypeDefinition;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import jp.musubi.contenttypes.definition.PropertyDefinition;
import jp.musubi.contenttypes.definition.PropertyType.Kind;
import jp.musubi.contenttypes.definition.Violation;
import org.springframework.stereotype.Component;

/**
 * Generates the form of a content type from its definition: one {@link FieldView} per property,
 * filled from stored values or from what the user typed, with the violations next to their fields.
 */
@Component
class EditorFields {

    static final String PARAM_PREFIX = "f.";

    private final ContentTypeRegistry registry;
    private final EditorMessages messages;

    EditorFields(ContentTypeRegistry registry, EditorMessages messages) {
        this.registry = registry;
        this.messages = messages;
    }

    List<FieldView> fields(ContentTypeDefinition type, Map<String, ?> values, Map<String, String> errors) {
        return fields(type, type.properties(), "", values == null ? Map.of() : values, errors);
    }

    private List<FieldView> fields(ContentTypeDefinition type, List<PropertyDefinition> properties, String prefix,
                                   Map<?, ?> values, Map<String, String> errors) {
        List<FieldView> fields = new ArrayList<>();
        for (PropertyDefinition property : properties) {
            String path = prefix + property.name();
            Object value = values.get(property.name());
            Widget widget = widget(property);
            List<FieldView> children = List.of();
            if (widget == Widget.SUB_MODEL) {
                children = fields(type, type.subModel(property.type().target()).orElseThrow().properties(), path + ".",
                        value instanceof Map<?, ?> map ? map : Map.of(), errors);
            }
            List<String> chosen = value instanceof Collection<?> list
                    ? list.stream().map(String::valueOf).toList() : List.of();
            fields.add(new FieldView(PARAM_PREFIX + path, "f-" + path.replace('.', '-'), property.label(), widget,
                    property.required(), property.multiple(), property.options(), display(property, widget, value), chosen,
                    hint(property, widget), errors.get(path), target(property), children));
        }
        return fields;
    }

    static Widget widget(PropertyDefinition property) {
        if (property.readOnly()) {
            return Widget.READ_ONLY;
        }
        Kind kind = property.type().kind();
        if (property.multiple()) {
            return switch (kind) {
                case STRING -> property.hasOptions() ? Widget.CHECKBOXES : Widget.TAGS;
                case SUB_MODEL -> Widget.READ_ONLY;
                default -> Widget.LINES;
            };
        }
        return switch (kind) {
            case STRING -> property.hasOptions() ? Widget.SELECT : property.multiline() ? Widget.TEXTAREA : Widget.TEXT;
            case RICH_TEXT -> Widget.RICH_TEXT;
            case BOOLEAN -> Widget.CHECKBOX;
            case LONG, DOUBLE, DECIMAL -> Widget.NUMBER;
            case DATE -> Widget.DATE;
            case DATE_TIME -> Widget.DATE_TIME;
            case ASSET -> Widget.ASSET;
            case REFERENCE -> Widget.REFERENCE;
            case SUB_MODEL -> Widget.SUB_MODEL;
        };
    }

    /** A read-only choice shows its option's label (募集中), not the stored value. */
    private static String display(PropertyDefinition property, Widget widget, Object value) {
        if (widget == Widget.READ_ONLY && value != null && property.hasOptions()) {
            return property.options().stream().filter(o -> o.value().equals(String.valueOf(value)))
                    .map(o -> o.label()).findFirst().orElse(String.valueOf(value));
        }
        return display(widget, value);
    }

    /** The value in the shape its input shows it: lists one per line (tags separated by 、). */
    static String display(Widget widget, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf)
                    .collect(Collectors.joining(widget == Widget.TAGS ? TEXTS.get("editor.tagSeparator") : "\n"));
        }
        if (value instanceof Map<?, ?>) {
            return "";
        }
        return String.valueOf(value);
    }

    private String hint(PropertyDefinition property, Widget widget) {
        List<String> parts = new ArrayList<>();
        switch (widget) {
            case TAGS -> parts.add(messages.get("editor.hint.tags"));
            case LINES -> parts.add(messages.get("editor.hint.lines"));
            case NUMBER -> parts.add(messages.get(property.type().kind() == Kind.LONG ? "editor.hint.integer" : "editor.hint.number"));
            case DATE -> parts.add(messages.get("editor.hint.date"));
            case DATE_TIME -> parts.add(messages.get("editor.hint.dateTime"));
            case ASSET -> parts.add(messages.get("editor.hint.asset"));
            case REFERENCE -> parts.add(messages.get("editor.hint.reference"));
            case RICH_TEXT -> parts.add(messages.get("editor.hint.richText"));
            case READ_ONLY -> parts.add(messages.get("editor.hint.readOnly"));
            default -> {
            }
        }
        if (property.maxLength() != null) {
            parts.add(messages.get("editor.hint.maxLength", property.maxLength()));
        }
        if (property.min() != null) {
            parts.add(messages.get("editor.hint.min", property.min().toPlainString()));
        }
        if (property.max() != null) {
            parts.add(messages.get("editor.hint.max", property.max().toPlainString()));
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    private String target(PropertyDefinition property) {
        if (property.type().kind() != Kind.REFERENCE) {
            return null;
        }
        return registry.findType(property.type().target()).map(ContentTypeDefinition::workspace).orElse(null);
    }

    /** Violations by field path: {@code tags[1]} belongs to {@code tags}; several messages are joined. */
    static Map<String, String> errors(List<Violation> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (Violation violation : violations) {
            String path = violation.property().replaceAll("\\[\\d+]", "");
            errors.merge(path, violation.message(), (a, b) -> a.contains(b) ? a : a + " " + b);
        }
        return errors;
    }

    /** The id of the input a violation's path belongs to, for the error summary's links. */
    static String fieldId(String path) {
        return "f-" + path.replace('.', '-');
    }
}

package jp.musubi.cms.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.sanitize.RichTextSanitizer;
import jp.musubi.contenttypes.definition.ContentTypeDefinition;
import jp.musubi.contenttypes.definition.PropertyDefinition;
import jp.musubi.contenttypes.definition.PropertyType.Kind;
import jp.musubi.contenttypes.definition.SubModelDefinition;
import jp.musubi.contenttypes.definition.Violation;
import org.springframework.stereotype.Component;

/**
 * Readies raw input for {@code ContentValidator}: sanitizes every rich-text value (first, so that
 * markup that is only script counts as empty) and refuses multiple properties with more values than
 * allowed. Anything else, including values of the wrong shape, is left for the validator to report.
 */
@Component
class ContentInputPreparer {

    private final RichTextSanitizer sanitizer;
    private final ContentLimits limits;

    ContentInputPreparer(RichTextSanitizer sanitizer, ContentLimits limits) {
        this.sanitizer = sanitizer;
        this.limits = limits;
    }

    Map<String, Object> prepare(ContentTypeDefinition type, Map<String, ?> input, List<Violation> violations) {
        return group(type, type.properties(), input, "", violations);
    }

    private Map<String, Object> group(ContentTypeDefinition type, List<PropertyDefinition> properties,
                                      Map<?, ?> input, String prefix, List<Violation> violations) {
        Map<String, Object> prepared = new LinkedHashMap<>();
        input.forEach((key, value) -> prepared.put(String.valueOf(key), value));
        for (PropertyDefinition property : properties) {
            if (!input.containsKey(property.name())) {
                continue;
            }
            String path = prefix + property.name();
            Object value = input.get(property.name());
            if (value instanceof List<?> list) {
                if (property.multiple() && list.size() > limits.maxValuesPerProperty()) {
                    violations.add(new Violation(path,
                            ContentMessages.TEXTS.get("content.tooManyValues", property.label(), limits.maxValuesPerProperty())));
                }
                List<Object> values = new ArrayList<>(list.size());
                for (int i = 0; i < list.size(); i++) {
                    values.add(single(type, property, list.get(i), path + "[" + i + "].", violations));
                }
                prepared.put(property.name(), values);
            } else {
                prepared.put(property.name(), single(type, property, value, path + ".", violations));
            }
        }
        return prepared;
    }

    private Object single(ContentTypeDefinition type, PropertyDefinition property, Object value, String subPrefix,
                          List<Violation> violations) {
        Kind kind = property.type().kind();
        if (kind == Kind.RICH_TEXT && value instanceof CharSequence html) {
            return sanitizer.sanitize(html.toString());
        }
        if (kind == Kind.SUB_MODEL && value instanceof Map<?, ?> map) {
            SubModelDefinition subModel = type.subModel(property.type().target()).orElseThrow();
            return group(type, subModel.properties(), map, subPrefix, violations);
        }
        return value;
    }
}

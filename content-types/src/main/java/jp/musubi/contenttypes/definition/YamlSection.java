package jp.musubi.contenttypes.definition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML mapping being read, together with the file and element it belongs to, so that every
 * complaint about it names both. Reads are strict: unknown keys and wrongly typed values are
 * errors, because a misspelt {@code requird: true} silently ignored is worse than a failed start.
 */
final class YamlSection {

    // Duplicate keys would otherwise let the second silently win.
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String file;
    private final String element;
    private final Map<?, ?> values;

    private YamlSection(String file, String element, Map<?, ?> values) {
        this.file = file;
        this.element = element;
        this.values = values;
    }

    /** The top-level mapping of a definition file. */
    static YamlSection parse(DefinitionFile definition) {
        Object root;
        try {
            root = MAPPER.readValue(definition.content(), Object.class);
        } catch (JacksonException e) {
            String line = e.getLocation() == null || e.getLocation().getLineNr() < 1
                    ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new ContentDefinitionException(definition.location(), null,
                    "not valid YAML: " + e.getOriginalMessage() + line, e);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new ContentDefinitionException(definition.location(), null,
                    root == null ? "the file is empty" : "the file must hold a YAML mapping");
        }
        return new YamlSection(definition.location(), null, map);
    }

    String file() {
        return file;
    }

    /** The same mapping, with errors now attributed to {@code newElement}. */
    YamlSection as(String newElement) {
        return new YamlSection(file, newElement, values);
    }

    ContentDefinitionException error(String reason) {
        return new ContentDefinitionException(file, element, reason);
    }

    void allowOnly(String... keys) {
        Set<String> allowed = Set.of(keys);
        for (Object key : values.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw error("unknown key '" + key + "' (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    String requiredString(String key) {
        String value = optionalString(key);
        if (value == null) {
            throw error("'" + key + "' is required");
        }
        return value;
    }

    String optionalString(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw error("'" + key + "' must be a non-empty text, not " + describe(value));
        }
        return text.strip();
    }

    boolean flag(String key) {
        Object value = values.get(key);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean bool)) {
            throw error("'" + key + "' must be true or false, not " + describe(value));
        }
        return bool;
    }

    Integer optionalPositiveInt(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Integer number) || number < 1) {
            throw error("'" + key + "' must be a positive integer, not " + describe(value));
        }
        return number;
    }

    BigDecimal optionalNumber(String key) {
        Object value = values.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number)) {
            throw error("'" + key + "' must be a number, not " + describe(value));
        }
        return new BigDecimal(number.toString());
    }

    YamlSection section(String key) {
        Object value = values.get(key);
        if (!(value instanceof Map<?, ?> map)) {
            throw error(value == null ? "'" + key + "' is required" : "'" + key + "' must be a mapping");
        }
        return new YamlSection(file, element == null ? key : element + "." + key, map);
    }

    /** The mappings of a list, each attributed to its position, e.g. {@code property 'scope'.options[1]}. */
    List<YamlSection> sections(String key) {
        return sections(key, item -> item.element);
    }

    /**
     * The mappings of a list; each is attributed to the element {@code namer} derives from it
     * (e.g. {@code property 'summary'}) so errors inside name the item, not its position.
     */
    List<YamlSection> sections(String key, Function<YamlSection, String> namer) {
        List<YamlSection> result = new ArrayList<>();
        List<?> items = list(key);
        for (int i = 0; i < items.size(); i++) {
            String position = (element == null ? "" : element + ".") + key + "[" + i + "]";
            if (!(items.get(i) instanceof Map<?, ?> map)) {
                throw new ContentDefinitionException(file, position, "must be a mapping");
            }
            YamlSection item = new YamlSection(file, position, map);
            result.add(item.as(namer.apply(item)));
        }
        return result;
    }

    List<String> strings(String key) {
        List<String> result = new ArrayList<>();
        for (Object item : list(key)) {
            if (!(item instanceof String text) || text.isBlank()) {
                throw error("'" + key + "' must list non-empty texts, not " + describe(item));
            }
            result.add(text.strip());
        }
        return result;
    }

    private List<?> list(String key) {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw error("'" + key + "' must be a list");
        }
        return list;
    }

    private static String describe(Object value) {
        return value instanceof String ? "'" + value + "'" : value + " (" + value.getClass().getSimpleName() + ")";
    }
}

package jp.musubi.contenttypes.definition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One property of a content type or sub-model. The optional constraints are null when absent:
 * {@code maxLength} (code points, String only), {@code min}/{@code max} (numeric types only) and
 * {@code pattern} (a regular expression the whole String value must match).
 *
 * @param personalData kept for staff but never delivered by the delivery API
 * @param readOnly     set by the system (a workflow), never by an editor: editor forms and the
 *                     authoring API keep the stored value
 */
public record PropertyDefinition(
        String name,
        String label,
        PropertyType type,
        boolean required,
        boolean multiple,
        boolean i18n,
        boolean multiline,
        Integer maxLength,
        BigDecimal min,
        BigDecimal max,
        String pattern,
        List<PropertyOption> options,
        boolean personalData,
        boolean readOnly) {

    public PropertyDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** This property offering only the options {@code keep} accepts (a programme's, by their feature). */
    public PropertyDefinition withOptions(java.util.function.Predicate<PropertyOption> keep) {
        if (options.stream().allMatch(keep)) {
            return this;
        }
        return new PropertyDefinition(name, label, type, required, multiple, i18n, multiline, maxLength, min, max, pattern,
                options.stream().filter(keep).toList(), personalData, readOnly);
    }

    public boolean hasOptions() {
        return !options.isEmpty();
    }

    /**
     * The option whose value or label is {@code text}. Labels are accepted too because the
     * violation message lists labels, and a user who follows it must not be told off again.
     */
    public Optional<PropertyOption> findOption(String text) {
        return options.stream().filter(o -> o.value().equals(text)).findFirst()
                .or(() -> options.stream().filter(o -> o.label().equals(text)).findFirst());
    }
}

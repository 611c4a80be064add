package jp.musubi.contenttypes.definition;

import java.util.Objects;
import java.util.Set;

/**
 * The parsed {@code type} of a property. {@code target} names the referenced content type for
 * {@link Kind#REFERENCE} and the sub-model for {@link Kind#SUB_MODEL}; it is null otherwise.
 */
public record PropertyType(Kind kind, String target) {

    private static final String REFERENCE_PREFIX = "reference:";

    /** The kinds of value a property holds; {@code yamlName} is the spelling in Magnolia's format. */
    public enum Kind {
        STRING("String"),
        BOOLEAN("Boolean"),
        LONG("Long"),
        DOUBLE("Double"),
        DECIMAL("Decimal"),
        DATE("Date"),
        DATE_TIME("DateTime"),
        RICH_TEXT("richText"),
        ASSET("asset"),
        REFERENCE("reference"),
        SUB_MODEL(null);

        private final String yamlName;

        Kind(String yamlName) {
            this.yamlName = yamlName;
        }

        public String yamlName() {
            return yamlName;
        }

        boolean isNumeric() {
            return this == LONG || this == DOUBLE || this == DECIMAL;
        }
    }

    public PropertyType {
        Objects.requireNonNull(kind, "kind");
        boolean needsTarget = kind == Kind.REFERENCE || kind == Kind.SUB_MODEL;
        if (needsTarget == (target == null)) {
            throw new IllegalArgumentException(needsTarget
                    ? kind + " needs a target" : kind + " takes no target");
        }
    }

    public static PropertyType of(Kind kind) {
        return new PropertyType(kind, null);
    }

    public static PropertyType reference(String contentType) {
        return new PropertyType(Kind.REFERENCE, contentType);
    }

    public static PropertyType subModel(String name) {
        return new PropertyType(Kind.SUB_MODEL, name);
    }

    /** True for a built-in type name, which a sub-model must not shadow. */
    static boolean isBuiltIn(String text) {
        return builtIn(text) != null || text.startsWith(REFERENCE_PREFIX);
    }

    /**
     * Parses Magnolia's spelling. Names are case-sensitive like Magnolia's, so a typo such as
     * {@code string} is reported instead of silently becoming a sub-model lookup.
     *
     * @throws IllegalArgumentException with the reason, for the loader to put in context
     */
    static PropertyType parse(String text, Set<String> subModelNames) {
        if (text.startsWith(REFERENCE_PREFIX)) {
            String target = text.substring(REFERENCE_PREFIX.length()).strip();
            if (target.isEmpty()) {
                throw new IllegalArgumentException("type 'reference:' names no content type");
            }
            return reference(target);
        }
        Kind kind = builtIn(text);
        if (kind != null) {
            return of(kind);
        }
        if (subModelNames.contains(text)) {
            return subModel(text);
        }
        throw new IllegalArgumentException("unknown type '" + text + "' (expected String, Boolean, Long,"
                + " Double, Decimal, Date, DateTime, richText, asset, reference:{type} or a sub-model name)");
    }

    private static Kind builtIn(String text) {
        for (Kind kind : Kind.values()) {
            if (kind != Kind.REFERENCE && text.equals(kind.yamlName)) {
                return kind;
            }
        }
        return null;
    }

    /** The spelling used in the YAML files, e.g. {@code reference:municipality}. */
    @Override
    public String toString() {
        return switch (kind) {
            case REFERENCE -> REFERENCE_PREFIX + target;
            case SUB_MODEL -> target;
            default -> kind.yamlName;
        };
    }
}

package jp.musubi.contenttypes.definition;

import java.util.List;
import java.util.Map;

/**
 * The outcome of validating content: the violations, and the canonical values to store.
 * {@code values} holds only what converted cleanly, so store it only when {@link #isValid()}.
 */
public record ValidationResult(List<Violation> violations, Map<String, Object> values) {

    public ValidationResult {
        violations = List.copyOf(violations);
    }

    public boolean isValid() {
        return violations.isEmpty();
    }

    /** The canonical values, or an exception carrying the violations. */
    public Map<String, Object> valuesOrThrow() {
        if (!isValid()) {
            throw new InvalidContentException(violations);
        }
        return values;
    }
}

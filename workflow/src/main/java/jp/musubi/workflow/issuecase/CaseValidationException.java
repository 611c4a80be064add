package jp.musubi.workflow.issuecase;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A step of an issue case was refused: nothing was written and the task stays open.
 * {@link #errors()} maps each field to its Japanese message.
 */
public class CaseValidationException extends RuntimeException {

    private final Map<String, String> errors;

    public CaseValidationException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Map.copyOf(new LinkedHashMap<>(errors));
    }

    public static CaseValidationException of(String field, String message) {
        return new CaseValidationException(Map.of(field, message));
    }

    public Map<String, String> errors() {
        return errors;
    }
}

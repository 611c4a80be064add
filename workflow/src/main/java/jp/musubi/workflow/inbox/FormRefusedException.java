package jp.musubi.workflow.inbox;

import java.util.Map;

/** The form was not accepted: field → Japanese message (key {@code ""} for the form as a whole). Nothing was changed. */
public class FormRefusedException extends RuntimeException {

    private final Map<String, String> errors;

    public FormRefusedException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        // Kept in the order found, so the error summary follows the form.
        this.errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
    }

    public Map<String, String> errors() {
        return errors;
    }
}

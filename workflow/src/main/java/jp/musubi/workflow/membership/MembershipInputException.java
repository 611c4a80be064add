package jp.musubi.workflow.membership;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input to a membership step was refused; nothing was changed. Carries one Japanese message per
 * field (form field name → message), in the order the fields were checked.
 */
public class MembershipInputException extends RuntimeException {

    private final Map<String, String> errors;

    public MembershipInputException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static MembershipInputException of(String field, String message) {
        return new MembershipInputException(Map.of(field, message));
    }

    public Map<String, String> errors() {
        return errors;
    }
}

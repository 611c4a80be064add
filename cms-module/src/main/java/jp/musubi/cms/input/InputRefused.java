package jp.musubi.cms.input;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Input was refused and nothing was changed: one Japanese message per field (form field name →
 * message), in the order the fields were checked, so an error summary follows the form. A message
 * about the input as a whole is kept under {@link #GENERAL}.
 */
public class InputRefused extends RuntimeException {

    /** The key of a message about the input as a whole rather than one field. */
    public static final String GENERAL = "";

    private final Map<String, String> errors;

    public InputRefused(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public static InputRefused of(String field, String message) {
        return new InputRefused(Map.of(field, message));
    }

    public static InputRefused general(String message) {
        return of(GENERAL, message);
    }

    /** Field → message, {@link #GENERAL} included when there is one. */
    public Map<String, String> errors() {
        return errors;
    }

    public Optional<String> generalMessage() {
        return Optional.ofNullable(errors.get(GENERAL));
    }
}

package jp.musubi.cms.forms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The service refused a form's values: one Japanese message per field name, nothing was stored. */
public class FormRejectedException extends RuntimeException {

    private final Map<String, String> errors;

    public FormRejectedException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public Map<String, String> errors() {
        return errors;
    }
}

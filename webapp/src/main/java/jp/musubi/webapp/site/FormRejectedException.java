package jp.musubi.webapp.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The service refused a form's values: one Japanese message per field name, nothing was stored. */
class FormRejectedException extends RuntimeException {

    private final Map<String, String> errors;

    FormRejectedException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    Map<String, String> errors() {
        return errors;
    }
}

package jp.musubi.workflow.consultation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A consultation request was refused; nothing was stored. One Japanese message per form field. */
public class ConsultationInputException extends RuntimeException {

    private final Map<String, String> errors;

    public ConsultationInputException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public Map<String, String> errors() {
        return errors;
    }
}

package jp.musubi.workflow.inquiry;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input to an inquiry step was refused; nothing was changed. One Japanese message per form field. */
public class InquiryInputException extends RuntimeException {

    private final Map<String, String> errors;

    public InquiryInputException(Map<String, String> errors) {
        super(String.join(" ", errors.values()));
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public Map<String, String> errors() {
        return errors;
    }
}

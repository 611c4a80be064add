package jp.musubi.workflow.issuecase;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects field errors of one step and throws them together. */
final class Errors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    Errors required(String field, String value, String label, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.put(field, label + "を入力してください。");
        } else if (value.strip().length() > maxLength) {
            errors.put(field, label + "は" + maxLength + "文字以内で入力してください。");
        }
        return this;
    }

    Errors optional(String field, String value, String label, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            errors.put(field, label + "は" + maxLength + "文字以内で入力してください。");
        }
        return this;
    }

    Errors check(boolean ok, String field, String message) {
        if (!ok) {
            errors.putIfAbsent(field, message);
        }
        return this;
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new CaseValidationException(errors);
        }
    }

    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package jp.musubi.workflow.account;

import java.util.Map;

/**
 * An activation was refused; nothing was changed.
 *
 * @see #fieldErrors() Japanese messages by form field ({@code token}, {@code password}, {@code confirmation})
 */
public class AccountActivationException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    AccountActivationException(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** True if the link itself is unusable (unknown, used or expired): the form cannot help. */
    public boolean linkUnusable() {
        return fieldErrors.containsKey("token");
    }
}

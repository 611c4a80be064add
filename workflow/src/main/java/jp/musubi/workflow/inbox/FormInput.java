package jp.musubi.workflow.inbox;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.musubi.cms.input.InputRefused;
import org.springframework.context.MessageSource;

/**
 * What the user typed into a task form, read field by field; a value that cannot be read adds a
 * Japanese error, and {@link #checkParsed()} stops before the service is called if there is one.
 */
public final class FormInput {

    private final TaskView task;
    private final Map<String, Object> processVariables;
    private final Map<String, String> values;
    private final String user;
    private final MessageSource messages;
    private final Map<String, String> errors = new LinkedHashMap<>();

    FormInput(TaskView task, Map<String, Object> processVariables, Map<String, String> values, String user, MessageSource messages) {
        this.task = task;
        this.processVariables = processVariables;
        this.values = values;
        this.user = user;
        this.messages = messages;
    }

    public String taskId() {
        return task.id();
    }

    public TaskView task() {
        return task;
    }

    public String user() {
        return user;
    }

    public Object variable(String name) {
        return processVariables.get(name);
    }

    public long caseId(String variable) {
        Object value = processVariables.get(variable);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("process " + task.processInstanceId() + " has no " + variable);
        }
        return number.longValue();
    }

    /** Text as typed (the service strips and checks it), or null when empty. */
    public String text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    /** Text that must be given, within {@code maxLength} characters; null with an error otherwise. */
    public String requiredText(String name, int maxLength) {
        String value = text(name);
        if (value == null) {
            error(name, "inbox.error.required");
            return null;
        }
        return withinLimit(name, value, maxLength);
    }

    /** Text that may be left empty (null), within {@code maxLength} characters. */
    public String optionalText(String name, int maxLength) {
        String value = text(name);
        return value == null ? null : withinLimit(name, value, maxLength);
    }

    private String withinLimit(String name, String value, int maxLength) {
        if (value.strip().length() > maxLength) {
            String label = FormField.label(messages, task.formKey(), name);
            errors.putIfAbsent(name, messages.getMessage("inbox.error.tooLong", new Object[] {label, maxLength}, java.util.Locale.JAPANESE));
            return null;
        }
        return value.strip();
    }

    /** An optional choice: null when none was made; an error if the value is not one of the options. */
    public String optionalChoice(String name, String... options) {
        return text(name) == null ? null : choice(name, options);
    }

    /** The raw value of a per-item field (checked by the service), or null. */
    public String raw(String name) {
        return text(name);
    }

    /** Adds an error of this form's own checks. */
    public void refuse(String name, String message) {
        errors.putIfAbsent(name, message);
    }

    /** A required choice; null with an error if none was made or the value is not one of the options. */
    public String choice(String name, String... options) {
        String value = text(name);
        if (value != null) {
            for (String option : options) {
                if (option.equals(value)) {
                    return value;
                }
            }
        }
        error(name, "inbox.error.choose");
        return null;
    }

    /** A required yes/no choice. */
    public Boolean yesNo(String name) {
        String value = choice(name, "yes", "no");
        return value == null ? null : "yes".equals(value);
    }

    public boolean checked(String name) {
        return "true".equals(values.get(name));
    }

    public LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            error(name, "inbox.error.date");
            return null;
        }
    }

    public Integer score(String name) {
        String value = text(name);
        if (value != null && value.strip().matches("[1-5]")) {
            return Integer.valueOf(value.strip());
        }
        error(name, "inbox.error.choose");
        return null;
    }

    /** Stops with the errors found so far, before anything is written. */
    public void checkParsed() {
        if (!errors.isEmpty()) {
            throw new InputRefused(errors);
        }
    }

    private void error(String name, String key) {
        String label = FormField.label(messages, task.formKey(), name);
        errors.putIfAbsent(name, messages.getMessage(key, new Object[] {label}, java.util.Locale.JAPANESE));
    }
}

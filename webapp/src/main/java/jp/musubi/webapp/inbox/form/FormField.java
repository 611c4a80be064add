package jp.musubi.webapp.inbox.form;

import java.util.List;

/**
 * One field of a task form. Its label is the message {@code inbox.field.<name>} (or
 * {@code inbox.field.<formKey>.<name>} where a form words it differently), its optional hint
 * {@code inbox.field.<name>.hint}, and each option's text {@code inbox.option.<name>.<value>}.
 *
 * @param maxLength for text: the limit checked before the service is called (the service checks it again)
 */
public record FormField(String name, FieldType type, boolean required, List<String> options, int maxLength) {

    public FormField {
        options = List.copyOf(options);
    }

    public static FormField text(String name, boolean required, int maxLength) {
        return new FormField(name, FieldType.TEXTAREA, required, List.of(), maxLength);
    }

    public static FormField choice(String name, String... options) {
        return new FormField(name, FieldType.CHOICE, true, List.of(options), 0);
    }

    public static FormField yesNo(String name) {
        return choice(name, "yes", "no");
    }

    public static FormField date(String name, boolean required) {
        return new FormField(name, FieldType.DATE, required, List.of(), 0);
    }

    public static FormField score(String name) {
        return new FormField(name, FieldType.SCORE, true, List.of("1", "2", "3", "4", "5"), 0);
    }

    public static FormField check(String name) {
        return new FormField(name, FieldType.CHECK, false, List.of("true"), 0);
    }

    /** The label: {@code inbox.field.<formKey>.<name>} if a form names the field its own way, else {@code inbox.field.<name>}. */
    public static String label(org.springframework.context.MessageSource messages, String formKey, String name) {
        java.util.Locale japanese = java.util.Locale.JAPANESE;
        return messages.getMessage("inbox.field." + formKey + "." + name, null,
                messages.getMessage("inbox.field." + name, null, name, japanese), japanese);
    }

    public String id() {
        return "field-" + name;
    }
}

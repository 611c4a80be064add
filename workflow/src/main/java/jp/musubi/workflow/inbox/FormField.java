package jp.musubi.workflow.inbox;

import java.util.List;

/**
 * One field of a task form. Its label is the message {@code inbox.field.<name>} (or
 * {@code inbox.field.<formKey>.<name>} where a form words it differently), its optional hint
 * {@code inbox.field.<name>.hint}, and each option's text {@code inbox.option.<name>.<value>}.
 *
 * @param maxLength for text: the limit checked before the service is called (the service checks it again)
 */
public record FormField(String name, FieldType type, boolean required, List<String> options, int maxLength, String label,
                        String optionKey, List<Link> links) {

    /** A link shown with the field, e.g. a file attached to the proposal the field decides on. */
    public record Link(String text, String href) {
    }

    public FormField {
        options = List.copyOf(options);
        optionKey = optionKey == null ? name : optionKey;
        links = links == null ? List.of() : List.copyOf(links);
    }

    public FormField(String name, FieldType type, boolean required, List<String> options, int maxLength) {
        this(name, type, required, options, maxLength, null, null, List.of());
    }

    /** This field with links shown under its label. */
    public FormField withLinks(List<Link> newLinks) {
        return new FormField(name, type, required, options, maxLength, label, optionKey, newLinks);
    }

    /** One line of text. */
    public static FormField line(String name, boolean required, int maxLength) {
        return new FormField(name, FieldType.LINE, required, List.of(), maxLength);
    }

    /** A select whose option texts are {@code inbox.option.<name>.<value>}. */
    public static FormField select(String name, boolean required, String... options) {
        return new FormField(name, FieldType.SELECT, required, List.of(options), 0);
    }

    /**
     * A field of one item of the case (e.g. one proposal), labelled with its own text (the item's title) and
     * sharing its option texts {@code inbox.option.<optionKey>.<value>} with the other items.
     */
    public FormField forItem(String itemName, String itemLabel, String sharedOptionKey) {
        return new FormField(itemName, type, required, options, maxLength, itemLabel, sharedOptionKey, List.of());
    }

    /** This field's label: its own text if it has one, else from the messages. */
    public String label(org.springframework.context.MessageSource messages, String formKey) {
        return label != null ? label : label(messages, formKey, name);
    }

    public String optionLabel(org.springframework.context.MessageSource messages, String option) {
        return type == FieldType.SCORE ? option
                : messages.getMessage("inbox.option." + optionKey + "." + option, null, option, java.util.Locale.JAPANESE);
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

    /** The element id; a service's field name such as {@code decisions[12].reason} becomes {@code field-decisions-12-reason}. */
    public String id() {
        return "field-" + name.replace("[", "-").replace("]", "").replace('.', '-');
    }
}

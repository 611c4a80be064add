package jp.musubi.cms.forms;

import static jp.musubi.cms.forms.FormsTexts.TEXTS;

import java.util.List;

/**
 * One field of a public form, as the shared form template renders it.
 *
 * @param kind         text, email, tel, url, textarea, select or checkbox
 * @param autocomplete the HTML autocomplete token (WCAG 1.3.5), or null
 * @param options      for select: value → label pairs
 */
public record FormField(String name, String label, String kind, boolean required, int maxLength, String hint,
                        String autocomplete, List<Option> options) {

    public record Option(String value, String label) {
    }

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static FormField text(String name, String label, boolean required, int maxLength, String hint, String autocomplete) {
        return new FormField(name, label, "text", required, maxLength, hint, autocomplete, List.of());
    }

    public static FormField of(String kind, String name, String label, boolean required, int maxLength, String hint,
                        String autocomplete) {
        return new FormField(name, label, kind, required, maxLength, hint, autocomplete, List.of());
    }

    public static FormField select(String name, String label, List<Option> options) {
        return new FormField(name, label, "select", true, 40, null, null, options);
    }

    public static FormField checkbox(String name, String label) {
        return new FormField(name, label, "checkbox", true, 10, null, null, List.of());
    }

    /** A check box the person may leave unchecked (e.g. a newsletter opt-in); unchecked by default. */
    public static FormField optionalCheckbox(String name, String label, String hint) {
        return new FormField(name, label, "checkbox", false, 10, hint, null, List.of());
    }

    /** What the confirmation page shows for a value. */
    public String display(String value) {
        if (kind.equals("checkbox")) {
            return TEXTS.get("yes".equals(value) ? "forms.display.checked" : "forms.display.unchecked");
        }
        if (value == null || value.isBlank()) {
            return TEXTS.get("forms.display.empty");
        }
        return options.stream().filter(option -> option.value().equals(value)).map(Option::label).findFirst()
                .orElse(value);
    }
}

package jp.musubi.workflow.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * A form field ready for the template: label, hint and error texts, the value the user typed, and
 * the ids that tie the error and hint to the input ({@code aria-describedby}).
 */
public record FieldView(String name, String type, String id, String label, boolean required, String hint, String error,
                        String value, String describedBy, List<OptionView> options, int maxLength,
                        List<FormField.Link> links) {

    /** One radio button, checkbox or select option. */
    public record OptionView(String value, String label, String id, boolean checked) {
    }

    static FieldView of(String formKey, FormField field, Map<String, String> values, Map<String, String> errors,
                        MessageSource messages) {
        String label = field.label(messages, formKey);
        String hint = messages.getMessage("inbox.field." + formKey + "." + field.name() + ".hint", null,
                messages.getMessage("inbox.field." + field.optionKey() + ".hint", null, null, Locale.JAPANESE), Locale.JAPANESE);
        String error = errors.get(field.name());
        String value = values.get(field.name());
        List<String> describedBy = new ArrayList<>();
        if (error != null) {
            describedBy.add(field.id() + "-error");
        }
        if (hint != null) {
            describedBy.add(field.id() + "-hint");
        }
        List<OptionView> options = new ArrayList<>();
        for (int i = 0; i < field.options().size(); i++) {
            String option = field.options().get(i);
            String optionLabel = field.optionLabel(messages, option);
            // The first option carries the field's id, so that the error summary's link lands on it.
            options.add(new OptionView(option, optionLabel, i == 0 ? field.id() : field.id() + "-" + option, option.equals(value)));
        }
        return new FieldView(field.name(), field.type().name(), field.id(), label, field.required(), hint, error, value,
                describedBy.isEmpty() ? null : String.join(" ", describedBy), options, field.maxLength(), field.links());
    }
}

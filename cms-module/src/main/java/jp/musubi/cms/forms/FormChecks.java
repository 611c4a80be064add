package jp.musubi.cms.forms;

import static jp.musubi.cms.forms.FormsTexts.TEXTS;

import java.util.List;
import java.util.Map;

import jp.musubi.cms.input.InputChecks;


/**
 * The checks the confirmation step can make without the service, from the form's field
 * definitions: required, length, choice, mail address, telephone number. The service checks again, and fully, when
 * the form is sent.
 */
final class FormChecks {

    private FormChecks() {
    }

    /** @param phoneExample the programme's example number, which a telephone number's message shows */
    static Map<String, String> check(SiteForm form, Map<String, String> values, String phoneExample) {
        InputChecks checks = new InputChecks();
        for (FormField field : form.fields()) {
            String value = InputChecks.clean(values.get(field.name()));
            if (value == null) {
                if (field.required()) {
                    missing(checks, field);
                }
                continue;
            }
            checks.optional(field.name(), field.label(), value, field.maxLength());
            if (field.kind().equals("select")) {
                checks.choice(field.name(), field.label(), value,
                        field.options().stream().map(FormField.Option::value).toList());
            } else if (field.kind().equals("email")) {
                checks.emailFormat(field.name(), value);
            } else if (field.kind().equals("tel")) {
                checks.phone(field.name(), field.label(), value, phoneExample);
            }
        }
        return checks.errors();
    }

    private static void missing(InputChecks checks, FormField field) {
        switch (field.kind()) {
            case "checkbox" -> checks.add(field.name(), TEXTS.get("forms.checkboxRequired", field.label()));
            case "select" -> checks.choice(field.name(), field.label(), null, List.of());
            default -> checks.required(field.name(), field.label(), null, field.maxLength());
        }
    }
}

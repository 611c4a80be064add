package jp.musubi.cms.forms;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.musubi.cms.mail.address.EmailAddressPolicy;

/**
 * The checks the confirmation step can make without the service: required, length, choice, mail
 * address. The service checks again, and fully, when the form is sent.
 */
final class FormChecks {

    private FormChecks() {
    }

    static Map<String, String> check(SiteForm form, Map<String, String> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            String value = values.get(field.name());
            boolean blank = value == null || value.isBlank();
            if (blank) {
                if (field.required()) {
                    errors.put(field.name(), field.kind().equals("checkbox")
                            ? field.label() + "にチェックを入れてください。"
                            : field.kind().equals("select") ? field.label() + "を選んでください。"
                            : field.label() + "を入力してください。");
                }
                continue;
            }
            if (value.codePointCount(0, value.length()) > field.maxLength()) {
                errors.put(field.name(), field.label() + "は" + field.maxLength() + "文字以内で入力してください。");
            } else if (field.kind().equals("select")
                    && field.options().stream().noneMatch(option -> option.value().equals(value))) {
                errors.put(field.name(), field.label() + "は一覧から選んでください。");
            } else if (field.kind().equals("email")) {
                EmailAddressPolicy.check(value.strip()).ifPresent(problem -> errors.put(field.name(), problem.message()));
            }
        }
        return errors;
    }
}

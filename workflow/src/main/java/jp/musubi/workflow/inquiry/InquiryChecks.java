package jp.musubi.workflow.inquiry;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.musubi.cms.mail.address.EmailAddressPolicy;

/** Collects the Japanese messages of one inquiry form's checks. */
final class InquiryChecks {

    private final Map<String, String> errors = new LinkedHashMap<>();

    String required(String field, String label, String value, int maxLength) {
        String cleaned = optional(field, label, value, maxLength);
        if (cleaned == null) {
            add(field, label + "を入力してください。");
        }
        return cleaned;
    }

    String optional(String field, String label, String value, int maxLength) {
        String cleaned = value == null || value.isBlank() ? null : value.strip();
        if (cleaned != null && cleaned.codePointCount(0, cleaned.length()) > maxLength) {
            add(field, label + "は" + maxLength + "文字以内で入力してください。");
        }
        return cleaned;
    }

    String email(String field, String value) {
        String cleaned = required(field, "メールアドレス", value, 254);
        if (cleaned != null) {
            EmailAddressPolicy.check(cleaned).ifPresent(problem -> add(field, problem.message()));
        }
        return cleaned;
    }

    void add(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InquiryInputException(errors);
        }
    }
}

package jp.musubi.workflow.membership;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jp.musubi.cms.mail.address.EmailAddressPolicy;

/** Collects the Japanese messages of one form's checks; {@link #throwIfAny()} refuses the input. */
final class InputChecks {

    private static final Pattern PHONE = Pattern.compile("[0-9][0-9-]{8,18}[0-9]");
    private static final Pattern URL = Pattern.compile("https?://[^\\s]+");

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Blank → null, else stripped. */
    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    String required(String field, String label, String value, int maxLength) {
        String cleaned = clean(value);
        if (cleaned == null) {
            add(field, label + "を入力してください。");
        } else {
            maxLength(field, label, cleaned, maxLength);
        }
        return cleaned;
    }

    String optional(String field, String label, String value, int maxLength) {
        String cleaned = clean(value);
        if (cleaned != null) {
            maxLength(field, label, cleaned, maxLength);
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

    String phone(String field, String value) {
        String cleaned = clean(value);
        if (cleaned != null && !PHONE.matcher(cleaned).matches()) {
            add(field, "電話番号は半角数字とハイフンで入力してください（例: 028-000-1234）。");
        }
        return cleaned;
    }

    String url(String field, String value) {
        String cleaned = optional(field, "ウェブサイト", value, 500);
        if (cleaned != null && !URL.matcher(cleaned).matches()) {
            add(field, "ウェブサイトは http:// または https:// で始まるアドレスを入力してください。");
        }
        return cleaned;
    }

    void require(boolean condition, String field, String message) {
        if (!condition) {
            add(field, message);
        }
    }

    void add(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new MembershipInputException(errors);
        }
    }

    private void maxLength(String field, String label, String value, int maxLength) {
        if (value.codePointCount(0, value.length()) > maxLength) {
            add(field, label + "は" + maxLength + "文字以内で入力してください。");
        }
    }
}

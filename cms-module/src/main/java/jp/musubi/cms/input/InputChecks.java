package jp.musubi.cms.input;

import java.text.MessageFormat;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import jp.musubi.cms.mail.address.EmailAddressPolicy;

/**
 * Collects the Japanese messages of one form's checks and refuses the input with all of them at
 * once ({@link #throwIfAny()}). The first message of a field wins, so later checks of a field that
 * is already wrong add nothing. Text is stripped, blank counts as absent (null), and lengths are
 * counted in characters (code points) as the database counts them.
 */
public final class InputChecks {

    /** The cms-module bundle, read directly: the checks run in plain objects without Spring. */
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("i18n.cms");
    private static final Pattern URL = Pattern.compile("https?://[^\\s]+");
    private static final int MAX_EMAIL = 254;
    /** Digits in groups joined by single hyphens, optionally written internationally with +81. */
    private static final Pattern PHONE_SHAPE = Pattern.compile("(\\+81-?)?[0-9]+(-[0-9]+)*");
    private static final int MAX_PHONE = 20;

    private final Map<String, String> errors = new LinkedHashMap<>();

    /** Blank → null, else stripped. */
    public static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** 「{label}を入力してください。」 when blank; else the length check. */
    public String required(String field, String label, String value, int maxLength) {
        String cleaned = clean(value);
        if (cleaned == null) {
            add(field, message("input.required", label));
        }
        return optional(field, label, cleaned, maxLength);
    }

    /** May be blank (null); else at most {@code maxLength} characters. */
    public String optional(String field, String label, String value, int maxLength) {
        String cleaned = clean(value);
        if (cleaned != null && cleaned.codePointCount(0, cleaned.length()) > maxLength) {
            add(field, message("input.tooLong", label, String.valueOf(maxLength)));
        }
        return cleaned;
    }

    /** A required mail address we can deliver to. */
    public String email(String field, String value) {
        return emailFormat(field, required(field, message("input.email.label"), value, MAX_EMAIL));
    }

    /** Only the address policy, for a value that is already known to be given. */
    public String emailFormat(String field, String value) {
        String cleaned = clean(value);
        if (cleaned != null) {
            EmailAddressPolicy.check(cleaned).ifPresent(problem -> add(field, problem.message()));
        }
        return cleaned;
    }

    /**
     * An optional Japanese telephone number: half-width digits and hyphens (full-width ones are
     * accepted and converted), or the international form with +81 and the leading 0 dropped. As a
     * national number it must begin with 0 and have 10 digits (fixed lines, 0120, 050) or 11 (mobile,
     * 0800). Returns the number in half-width characters as the person grouped it.
     *
     * @param example the programme's example number ({@code musubi.site.phone-example}, 028-… in Tochigi, 096-… in
     *                Kumamoto), which the message shows with its international form
     */
    public String phone(String field, String label, String value, String example) {
        String cleaned = clean(value);
        if (cleaned == null) {
            return null;
        }
        String normalized = Normalizer.normalize(cleaned, Normalizer.Form.NFKC).replace('\u2212', '-').replace('\u30fc', '-');
        if (!isJapanesePhone(normalized)) {
            add(field, message("input.phone", label, example, international(example)));
            return cleaned;
        }
        return normalized;
    }

    /** A national number's international form: 096-000-0000 is +81-96-000-0000. */
    static String international(String number) {
        return number.startsWith("0") && !number.startsWith("00") ? "+81-" + number.substring(1) : number;
    }

    /** Whether {@code value} is a Japanese telephone number as {@link #phone} accepts it. */
    public static boolean isJapanesePhone(String value) {
        if (value == null || value.length() > MAX_PHONE || !PHONE_SHAPE.matcher(value).matches()) {
            return false;
        }
        String digits = value.replace("-", "");
        if (digits.startsWith("+81")) {
            digits = digits.substring(3);
            if (digits.startsWith("0")) {
                return false;
            }
            digits = "0" + digits;
        }
        return digits.startsWith("0") && !digits.startsWith("00") && (digits.length() == 10 || digits.length() == 11);
    }

    /** A required choice among {@code options}. */
    public String choice(String field, String label, String value, Collection<String> options) {
        String cleaned = clean(value);
        if (cleaned == null) {
            add(field, message("input.choose", label));
        } else if (!options.contains(cleaned)) {
            add(field, message("input.notAnOption", label));
        }
        return cleaned;
    }

    /** A given value must be one line. */
    public String singleLine(String field, String label, String value) {
        String cleaned = clean(value);
        if (cleaned != null && cleaned.lines().count() > 1) {
            add(field, message("input.singleLine", label));
        }
        return cleaned;
    }

    /** An optional http(s) address. */
    public String url(String field, String label, String value, int maxLength) {
        String cleaned = optional(field, label, value, maxLength);
        if (cleaned != null && !URL.matcher(cleaned).matches()) {
            add(field, message("input.url", label));
        }
        return cleaned;
    }

    /** An optional value that, when given, must match {@code pattern} as a whole. */
    public String matches(String field, String value, Pattern pattern, String message) {
        String cleaned = clean(value);
        if (cleaned != null && !pattern.matcher(cleaned).matches()) {
            add(field, message);
        }
        return cleaned;
    }

    public InputChecks check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return this;
    }

    public InputChecks add(String field, String message) {
        errors.putIfAbsent(field, message);
        return this;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    /** The messages found so far, in order. */
    public Map<String, String> errors() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InputRefused(errors);
        }
    }

    private static String message(String key, Object... arguments) {
        return MessageFormat.format(MESSAGES.getString(key), arguments);
    }
}

package jp.musubi.contenttypes.definition;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The Japanese violation messages, from {@code i18n/contenttypes.properties}, so their wording stays
 * consistent. content-types cannot use cms-module's {@code Messages}; {@link #text} reads the bundle the same
 * way (arguments put in as written, apostrophes kept).
 */
final class Messages {

    static final String DATE_EXAMPLE = "2026-12-10";
    static final String DATE_TIME_EXAMPLE = "2026-12-10T13:30";

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n/contenttypes", Locale.ROOT,
            Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Messages() {
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}}… replaced by the arguments, written as they are. */
    static String text(String key, Object... arguments) {
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            plain[i] = arguments[i] == null ? "" : String.valueOf(arguments[i]);
        }
        return new MessageFormat(TEXTS.getString(key).replace("'", "''"), Locale.JAPANESE).format(plain);
    }

    static String required(String label) {
        return text("contenttypes.required", label);
    }

    static String unknownProperty(String name) {
        return text("contenttypes.unknownProperty", name);
    }

    static String single(String label) {
        return text("contenttypes.single", label);
    }

    static String notText(String label) {
        return text("contenttypes.notText", label);
    }

    static String singleLine(String label) {
        return text("contenttypes.singleLine", label);
    }

    static String controlCharacter(String label) {
        return text("contenttypes.controlCharacter", label);
    }

    static String tooLong(String label, int maxLength) {
        return text("contenttypes.tooLong", label, maxLength);
    }

    static String pattern(String label) {
        return text("contenttypes.pattern", label);
    }

    static String oneOf(String label, List<String> optionLabels) {
        return text("contenttypes.oneOf", label, String.join(", ", optionLabels));
    }

    static String notBoolean(String label) {
        return text("contenttypes.notBoolean", label);
    }

    static String notInteger(String label) {
        return text("contenttypes.notInteger", label);
    }

    static String notNumber(String label) {
        return text("contenttypes.notNumber", label);
    }

    static String atLeast(String label, BigDecimal min) {
        return text("contenttypes.atLeast", label, min.toPlainString());
    }

    static String atMost(String label, BigDecimal max) {
        return text("contenttypes.atMost", label, max.toPlainString());
    }

    static String dateFormat(String label) {
        return text("contenttypes.dateFormat", label, DATE_EXAMPLE);
    }

    static String dateTimeFormat(String label) {
        return text("contenttypes.dateTimeFormat", label, DATE_TIME_EXAMPLE);
    }

    static String noSuchDate(String label) {
        return text("contenttypes.noSuchDate", label);
    }

    static String asset(String label) {
        return text("contenttypes.asset", label);
    }

    static String reference(String label) {
        return text("contenttypes.reference", label);
    }

    static String notGroup(String label) {
        return text("contenttypes.notGroup", label);
    }

    /** The label of the n-th value (0-based) of a multiple property: 「分類タグ（2件目）」. */
    static String nth(String label, int index) {
        return text("contenttypes.nth", label, index + 1);
    }

    /** The label of a property inside a sub-model: 「所在地の市町名」. */
    static String nested(String parentLabel, String label) {
        return text("contenttypes.nested", parentLabel, label);
    }
}

package jp.musubi.contenttypes.definition;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Converts one scalar value, as it arrives from JSON, YAML or a form, to its canonical stored
 * form. Canonical values are JSON-native so the store and the delivery API need no mapping:
 * String (trimmed; also Date as {@code 2026-12-10}, DateTime as {@code 2026-12-10T13:30},
 * richText, asset ids and reference names), Boolean, Long, Double and BigDecimal.
 */
final class ValueConverter {

    static final Pattern ITEM_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    // Asset ids are opaque to us but must not carry spaces, slashes or markup.
    private static final Pattern ASSET_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:00)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    // Minutes are the precision of events; a fixed width keeps stored values sortable as text.
    private static final DateTimeFormatter DATE_TIME_FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");

    private ValueConverter() {
    }

    static Conversion convert(PropertyDefinition property, Object raw, String label) {
        return switch (property.type().kind()) {
            case STRING -> string(property, raw, label);
            case RICH_TEXT -> richText(raw, label);
            case BOOLEAN -> bool(raw, label);
            case LONG -> withinRange(property, longValue(raw, label), label);
            case DOUBLE -> withinRange(property, doubleValue(raw, label), label);
            case DECIMAL -> withinRange(property, decimalValue(raw, label), label);
            case DATE -> date(raw, label);
            case DATE_TIME -> dateTime(raw, label);
            case ASSET -> token(raw, ASSET_ID, Messages.asset(label));
            case REFERENCE -> token(raw, ITEM_NAME, Messages.reference(label));
            case SUB_MODEL -> throw new IllegalArgumentException("sub-models are converted by ContentValidator");
        };
    }

    private static Conversion string(PropertyDefinition property, Object raw, String label) {
        // Numbers are refused rather than stringified: YAML turns code: 092011 into 92011.
        if (!(raw instanceof CharSequence)) {
            return Conversion.error(Messages.notText(label));
        }
        String text = unifyLineBreaks(raw.toString()).strip();
        if (text.isEmpty()) {
            return Conversion.blank();
        }
        if (!property.multiline() && text.indexOf('\n') >= 0) {
            return Conversion.error(Messages.singleLine(label));
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
            return Conversion.error(Messages.controlCharacter(label));
        }
        if (property.hasOptions()) {
            return property.findOption(text)
                    .map(option -> Conversion.of(option.value()))
                    .orElseGet(() -> Conversion.error(Messages.oneOf(label,
                            property.options().stream().map(PropertyOption::label).toList())));
        }
        // Code points, so that a character outside the BMP such as 𠮷 counts once.
        if (property.maxLength() != null && text.codePointCount(0, text.length()) > property.maxLength()) {
            return Conversion.error(Messages.tooLong(label, property.maxLength()));
        }
        if (property.pattern() != null && !Pattern.compile(property.pattern()).matcher(text).matches()) {
            return Conversion.error(Messages.pattern(label));
        }
        return Conversion.of(text);
    }

    private static Conversion richText(Object raw, String label) {
        if (!(raw instanceof CharSequence)) {
            return Conversion.error(Messages.notText(label));
        }
        String html = unifyLineBreaks(raw.toString()).strip();
        // An emptied editor still sends markup such as <p></p>; that must count as missing.
        String text = TAGS.matcher(html).replaceAll("").replace("&nbsp;", "").strip();
        if (text.isEmpty() && !html.contains("<img")) {
            return Conversion.blank();
        }
        return Conversion.of(html);
    }

    private static Conversion bool(Object raw, String label) {
        if (raw instanceof Boolean) {
            return Conversion.of(raw);
        }
        if (raw instanceof CharSequence text) {
            String value = text.toString().strip();
            if (value.isEmpty()) {
                return Conversion.blank();
            }
            if (value.equals("true") || value.equals("false")) {
                return Conversion.of(Boolean.valueOf(value));
            }
        }
        return Conversion.error(Messages.notBoolean(label));
    }

    private static Conversion longValue(Object raw, String label) {
        try {
            if (raw instanceof Integer || raw instanceof Long || raw instanceof Short || raw instanceof Byte) {
                return Conversion.of(((Number) raw).longValue());
            }
            if (raw instanceof BigInteger big) {
                return Conversion.of(big.longValueExact());
            }
            if (raw instanceof BigDecimal || raw instanceof Double || raw instanceof Float) {
                return Conversion.of(new BigDecimal(raw.toString()).longValueExact());
            }
            if (raw instanceof CharSequence text) {
                String value = numeric(text);
                if (value.isEmpty()) {
                    return Conversion.blank();
                }
                if (INTEGER.matcher(value).matches()) {
                    return Conversion.of(Long.parseLong(value));
                }
            }
        } catch (ArithmeticException | NumberFormatException e) {
            // fractional or out of range: not an integer we can store
        }
        return Conversion.error(Messages.notInteger(label));
    }

    private static Conversion doubleValue(Object raw, String label) {
        Conversion decimal = decimalValue(raw, label);
        if (decimal.value() instanceof BigDecimal number) {
            double value = number.doubleValue();
            return Double.isFinite(value) ? Conversion.of(value) : Conversion.error(Messages.notNumber(label));
        }
        return decimal;
    }

    private static Conversion decimalValue(Object raw, String label) {
        try {
            // Via toString, so a Double 0.1 becomes 0.1 and not 0.1000000000000000055...
            if (raw instanceof Number number && Double.isFinite(number.doubleValue())) {
                return Conversion.of(new BigDecimal(number.toString()));
            }
            if (raw instanceof CharSequence text) {
                String value = numeric(text);
                return value.isEmpty() ? Conversion.blank() : Conversion.of(new BigDecimal(value));
            }
        } catch (NumberFormatException e) {
            // not a number
        }
        return Conversion.error(Messages.notNumber(label));
    }

    private static Conversion withinRange(PropertyDefinition property, Conversion conversion, String label) {
        if (!(conversion.value() instanceof Number number)) {
            return conversion;
        }
        BigDecimal value = new BigDecimal(number.toString());
        if (property.min() != null && value.compareTo(property.min()) < 0) {
            return Conversion.error(Messages.atLeast(label, property.min()));
        }
        if (property.max() != null && value.compareTo(property.max()) > 0) {
            return Conversion.error(Messages.atMost(label, property.max()));
        }
        return conversion;
    }

    private static Conversion date(Object raw, String label) {
        if (raw instanceof LocalDate date) {
            return Conversion.of(date.toString());
        }
        if (!(raw instanceof CharSequence text)) {
            return Conversion.error(Messages.dateFormat(label));
        }
        String value = numeric(text);
        if (value.isEmpty()) {
            return Conversion.blank();
        }
        if (!DATE.matcher(value).matches()) {
            return Conversion.error(Messages.dateFormat(label));
        }
        try {
            return Conversion.of(LocalDate.parse(value).toString());
        } catch (DateTimeParseException e) {
            return Conversion.error(Messages.noSuchDate(label));
        }
    }

    private static Conversion dateTime(Object raw, String label) {
        LocalDateTime dateTime;
        if (raw instanceof LocalDateTime given) {
            dateTime = given;
        } else if (raw instanceof CharSequence text) {
            String value = numeric(text);
            if (value.isEmpty()) {
                return Conversion.blank();
            }
            if (!DATE_TIME.matcher(value).matches()) {
                return Conversion.error(Messages.dateTimeFormat(label));
            }
            try {
                dateTime = LocalDateTime.parse(value);
            } catch (DateTimeParseException e) {
                return Conversion.error(Messages.noSuchDate(label));
            }
        } else {
            return Conversion.error(Messages.dateTimeFormat(label));
        }
        if (dateTime.getSecond() != 0 || dateTime.getNano() != 0) {
            return Conversion.error(Messages.dateTimeFormat(label));
        }
        return Conversion.of(DATE_TIME_FORMAT.format(dateTime));
    }

    private static Conversion token(Object raw, Pattern syntax, String message) {
        if (!(raw instanceof CharSequence text)) {
            return Conversion.error(message);
        }
        String value = text.toString().strip();
        if (value.isEmpty()) {
            return Conversion.blank();
        }
        return syntax.matcher(value).matches() ? Conversion.of(value) : Conversion.error(message);
    }

    /** NFKC first: Japanese input methods often produce full-width digits such as １２. */
    private static String numeric(CharSequence text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    private static String unifyLineBreaks(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}

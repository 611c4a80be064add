package jp.musubi.cms.delivery;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.contenttypes.definition.PropertyType;

/**
 * How the values of a filterable or sortable field compare: every value of a field, stored or
 * given in a query, becomes the same Java type, so one {@code compareTo} decides eq/lt/gt and order.
 */
enum FieldKind {
    /** String, richText, asset ids and reference names: lexicographic. */
    TEXT,
    /** Long, Double and Decimal, compared as BigDecimal so 1 equals 1.0. */
    NUMBER,
    BOOLEAN,
    /** Date, stored as {@code 2026-12-10}. */
    DATE,
    /** DateTime, stored as local Asia/Tokyo time {@code 2026-12-10T13:30}. */
    DATE_TIME,
    /** The system dates mgnl:created, mgnl:lastModified, mgnl:lastActivated. */
    INSTANT;

    /** What a query value must look like, in Japanese, for error messages. */
    String expectation() {
        return DeliveryMessages.TEXTS.get("delivery.fieldKind." + name());
    }

    /** The kind of a property type, or null for a sub-model, which is not a single value. */
    static FieldKind of(PropertyType.Kind kind) {
        return switch (kind) {
            case STRING, RICH_TEXT, ASSET, REFERENCE -> TEXT;
            case LONG, DOUBLE, DECIMAL -> NUMBER;
            case BOOLEAN -> BOOLEAN;
            case DATE -> DATE;
            case DATE_TIME -> DATE_TIME;
            case SUB_MODEL -> null;
        };
    }

    /**
     * The comparable form of a stored value, or null when it does not fit the kind (the store
     * keeps canonical values, so this only guards against data written under an older definition).
     */
    Comparable<?> fromStored(Object stored) {
        if (stored == null) {
            return null;
        }
        try {
            return switch (this) {
                case TEXT -> stored.toString();
                case NUMBER -> stored instanceof Number || stored instanceof CharSequence
                        ? new BigDecimal(stored.toString()) : null;
                case BOOLEAN -> stored instanceof Boolean b ? b : bool(stored.toString());
                case DATE -> LocalDate.parse(stored.toString());
                case DATE_TIME -> LocalDateTime.parse(stored.toString());
                case INSTANT -> stored instanceof Instant i ? i : Instant.parse(stored.toString());
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Parses a value given in a query.
     *
     * @throws IllegalArgumentException when the text is not a value of this kind
     */
    Comparable<?> parse(String text) {
        if (this == TEXT) {
            return text;
        }
        // Full-width digits and signs, as typed with a Japanese IME, count like ASCII ones.
        String value = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        try {
            return switch (this) {
                case NUMBER -> new BigDecimal(value);
                case BOOLEAN -> {
                    Boolean b = bool(value);
                    if (b == null) {
                        throw new IllegalArgumentException(text);
                    }
                    yield b;
                }
                case DATE -> LocalDate.parse(value);
                case DATE_TIME -> value.length() == 10
                        ? LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value);
                case INSTANT -> instant(value);
                case TEXT -> throw new IllegalStateException();
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static Instant instant(String value) {
        // An unencoded '+' in a query string arrives as a space: 10:00:00 09:00 means +09:00.
        String text = value.replace(' ', '+');
        if (text.length() == 10) {
            return LocalDate.parse(text).atTime(LocalTime.MIDNIGHT).atZone(JapaneseTimes.ZONE).toInstant();
        }
        boolean hasOffset = text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$");
        return hasOffset
                ? OffsetDateTime.parse(text).toInstant()
                : LocalDateTime.parse(text).atZone(JapaneseTimes.ZONE).toInstant();
    }

    private static Boolean bool(String text) {
        if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        return null;
    }
}

package jp.musubi.cms.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import jp.musubi.cms.common.JapaneseTimes;


/**
 * Dates of the public site (2026年11月22日, 2026年12月10日 13:30, see {@link JapaneseTimes}); null for no
 * value, so that a template leaves the line out.
 */
public final class JapaneseDates {

    private static final DateTimeFormatter DATE = JapaneseTimes.DATE;
    private static final DateTimeFormatter DATE_TIME = JapaneseTimes.DATE_TIME;

    private JapaneseDates() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : DATE.format(instant);
    }

    public static String format(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    /** A stored Date or DateTime value; anything else comes back as it is. */
    public static String format(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            if (stored.length() <= 10) {
                return DATE.format(LocalDate.parse(stored));
            }
            return DATE_TIME.format(LocalDateTime.parse(stored));
        } catch (DateTimeParseException e) {
            return stored;
        }
    }
}

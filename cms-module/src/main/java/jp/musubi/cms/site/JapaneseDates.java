package jp.musubi.cms.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Dates as Japanese readers expect them: 2026年11月22日, 2026年12月10日 13:30. */
public final class JapaneseDates {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPAN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm", Locale.JAPAN);

    private JapaneseDates() {
    }

    public static String format(Instant instant) {
        return instant == null ? null : DATE.format(instant.atZone(JAPAN));
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

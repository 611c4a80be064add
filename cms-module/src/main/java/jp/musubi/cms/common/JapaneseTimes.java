package jp.musubi.cms.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as Japanese users read them, in Japan time: 2026年11月22日, 2026年11月22日 10:30,
 * 2026年11月22日（日）, 2026年11月22日（日） 10:30. The one place that names the zone: local dates and
 * date-times typed by users, stored in content or shown anywhere mean {@link #ZONE}. The formatting
 * methods give an empty text for no value, as the pages show it.
 */
public final class JapaneseTimes {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    /** 2026年11月22日 */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日", Locale.JAPANESE)
            .withZone(ZONE);
    /** 2026年11月22日 10:30 */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm", Locale.JAPANESE)
            .withZone(ZONE);
    /** 2026年11月22日（日） */
    public static final DateTimeFormatter DATE_WITH_WEEKDAY = DateTimeFormatter.ofPattern("uuuu年M月d日（E）", Locale.JAPANESE)
            .withZone(ZONE);
    /** 2026年11月22日（日） 10:30 */
    public static final DateTimeFormatter DATE_TIME_WITH_WEEKDAY =
            DateTimeFormatter.ofPattern("uuuu年M月d日（E） H:mm", Locale.JAPANESE).withZone(ZONE);

    private JapaneseTimes() {
    }

    /** Today in Japan. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public static String dateWithWeekday(LocalDate date) {
        return date == null ? "" : DATE_WITH_WEEKDAY.format(date);
    }

    public static String dateTimeWithWeekday(Instant instant) {
        return instant == null ? "" : DATE_TIME_WITH_WEEKDAY.format(instant);
    }
}

package jp.musubi.workflow.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jp.musubi.workflow.calendar.JapaneseBusinessCalendar;

/** Dates as staff read them: Japan time, 2026年11月22日 (月) 10:30. */
public final class JapaneseDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日（E）", Locale.JAPANESE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日（E） H:mm", Locale.JAPANESE)
            .withZone(JapaneseBusinessCalendar.ZONE);

    private JapaneseDates() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }
}

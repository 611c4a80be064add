package jp.musubi.cms.mail.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jp.musubi.cms.common.JapaneseTimes;

/** Dates as every notice writes them, so all mails read alike. */
public final class MailDates {

    private static final DateTimeFormatter DATE = JapaneseTimes.DATE_WITH_WEEKDAY;
    /** Mails spell the time out: 2026年11月22日（日）10時30分. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日（E）H時mm分", Locale.JAPANESE)
            .withZone(JapaneseTimes.ZONE);

    private MailDates() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant);
    }
}

package jp.musubi.cms.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date and time as the secretariat reads them: Japan time, 2026年11月22日 10:30 (also on the newsletter page). */
public final class JapaneseTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm", Locale.JAPANESE)
            .withZone(ZoneId.of("Asia/Tokyo"));

    private JapaneseTimes() {
    }

    public static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}

package jp.musubi.workflow.modeler;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Date and time as process owners read them: Japan time, 2026年11月22日 10:30. */
final class JapaneseTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm", Locale.JAPANESE)
            .withZone(ZoneId.of("Asia/Tokyo"));

    private JapaneseTimes() {
    }

    static String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}

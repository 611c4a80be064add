package jp.musubi.cms.delivery;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jp.musubi.cms.common.JapaneseTimes;


/** The system dates of delivered nodes: Magnolia's ISO-8601 with milliseconds and the Japanese offset. */
final class DeliveryDates {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX").withZone(JapaneseTimes.ZONE);

    private DeliveryDates() {
    }

    /** E.g. {@code 2026-11-22T10:15:30.000+09:00}. */
    static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}

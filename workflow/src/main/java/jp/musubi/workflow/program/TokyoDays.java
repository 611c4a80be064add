package jp.musubi.workflow.program;

import java.time.Instant;
import java.time.LocalDate;

import jp.musubi.cms.common.JapaneseTimes;

/** Day boundaries in Asia/Tokyo: a record made at 23:30 JST on 3/31 belongs to March, whatever the server's zone. */
final class TokyoDays {

    private TokyoDays() {
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(JapaneseTimes.ZONE).toInstant();
    }

    /** The first instant after {@code day}. */
    static Instant endOf(LocalDate day) {
        return startOf(day.plusDays(1));
    }

    static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, JapaneseTimes.ZONE);
    }
}

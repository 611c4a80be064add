package jp.musubi.workflow.issuecase;

import java.time.LocalDate;

/**
 * Deadline timers of the issue-to-matching process on the {@code japanese} business calendar:
 * {@code <day before>/P1D} is the first business day after the day before the deadline, at the
 * end of business — the deadline's closing time, or the next open day's if the deadline is a holiday.
 */
final class Deadlines {

    private Deadlines() {
    }

    static String timer(LocalDate deadline) {
        return deadline.minusDays(1) + "/P1D";
    }
}

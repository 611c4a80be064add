package jp.musubi.workflow.program;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * One target computed as of a day.
 *
 * @param value        what counts towards the goal: records (PERIOD), months or quarters that reached
 *                     the number (MONTH, QUARTER), issues that reached it (ISSUE)
 * @param goal         what {@code value} is compared with
 * @param percent      value against goal, 0–100
 * @param pace         on track / behind from the elapsed share of the period
 * @param reachedOn    the day the goal was reached, or null
 * @param months       records per month of the period, for the chart and its table
 * @param records      everything counted, for the drill-down
 */
public record TargetProgress(ProgramProperties.Target target, String label, boolean available, LocalDate from, LocalDate to,
                             int value, int goal, int percent, String figure, Pace pace, LocalDate reachedOn,
                             List<MonthCount> months, IndicatorData data) {

    public enum Pace {
        REACHED, ON_TRACK, BEHIND, NOT_STARTED, MISSED, NO_SUBJECT, UNAVAILABLE
    }

    public record MonthCount(YearMonth month, int count, int cumulative) {
    }

    public int maxMonthCount() {
        return months.stream().mapToInt(MonthCount::count).max().orElse(0);
    }
}

package jp.musubi.workflow.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * Days the office is closed every year besides weekends and national holidays, such as the
 * year-end closure 12/29–1/3 (年末年始の閉庁日). A range whose {@code from} comes after its {@code to}
 * runs over the turn of the year.
 *
 * @param name shown to users as the reason a day is closed
 * @param from first closed day, inclusive
 * @param to   last closed day, inclusive
 */
public record OfficeClosure(String name, MonthDay from, MonthDay to) {

    public OfficeClosure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    public boolean contains(LocalDate date) {
        MonthDay day = MonthDay.from(date);
        boolean onOrAfterFrom = !day.isBefore(from);
        boolean onOrBeforeTo = !day.isAfter(to);
        return from.isAfter(to) ? onOrAfterFrom || onOrBeforeTo : onOrAfterFrom && onOrBeforeTo;
    }
}

package jp.musubi.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.junit.jupiter.api.Test;

class JapaneseBusinessCalendarTest {

    private static final OfficeClosure YEAR_END = new OfficeClosure("年末年始", MonthDay.of(12, 29), MonthDay.of(1, 3));

    private final JapaneseBusinessCalendar calendar = new JapaneseBusinessCalendar(JapaneseHolidays.bundled(), List.of(YEAR_END));

    @Test
    void goldenWeek2026IsSkipped() {
        // 4/29 昭和の日, 5/2–5/3 weekend, 5/4–5/5 祝日, 5/6 振替休日
        assertThat(calendar.addBusinessDays(date("2026-04-28"), 3)).isEqualTo(date("2026-05-07"));
    }

    @Test
    void theSubstituteHolidayIsClosed() {
        assertThat(calendar.isBusinessDay(date("2026-05-06"))).isFalse();
        assertThat(calendar.closedReason(date("2026-05-06"))).contains("休日");
        assertThat(calendar.addBusinessDays(date("2026-05-01"), 1)).isEqualTo(date("2026-05-07"));
    }

    @Test
    void theCitizensHolidayBetweenTwoHolidaysIsClosed() {
        // 9/21 敬老の日, 9/22 国民の休日, 9/23 秋分の日 after a weekend
        assertThat(calendar.closedReason(date("2026-09-22"))).contains("休日");
        assertThat(calendar.addBusinessDays(date("2026-09-18"), 1)).isEqualTo(date("2026-09-24"));
    }

    @Test
    void theYearEndClosureIsSkipped() {
        // 12/28 (Mon) is the last business day; 12/29–1/3 closed; 1/4 (Mon) and 1/5 follow.
        assertThat(calendar.addBusinessDays(date("2026-12-25"), 3)).isEqualTo(date("2027-01-05"));
        assertThat(calendar.closedReason(date("2026-12-29"))).contains("年末年始");
        assertThat(calendar.closedReason(date("2027-01-01"))).contains("元日");
        assertThat(calendar.isBusinessDay(date("2026-12-28"))).isTrue();
        assertThat(calendar.isBusinessDay(date("2027-01-04"))).isTrue();
    }

    @Test
    void weekendsAreClosed() {
        assertThat(calendar.closedReason(date("2026-06-06"))).contains("土曜日");
        assertThat(calendar.closedReason(date("2026-06-07"))).contains("日曜日");
        assertThat(calendar.closedReason(date("2026-06-05"))).isEmpty();
        assertThat(calendar.addBusinessDays(date("2026-06-05"), 1)).isEqualTo(date("2026-06-08"));
        assertThat(calendar.addBusinessDays(date("2026-06-06"), 1)).isEqualTo(date("2026-06-08"));
    }

    @Test
    void tenBusinessDaysAfterAMeetingBeforeGoldenWeek() {
        assertThat(calendar.addBusinessDays(date("2026-04-28"), 10)).isEqualTo(date("2026-05-18"));
    }

    @Test
    void zeroDaysIsTheSameDateAndNegativeDaysAreRefused() {
        assertThat(calendar.addBusinessDays(date("2026-05-03"), 0)).isEqualTo(date("2026-05-03"));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addBusinessDays(date("2026-05-07"), -1));
    }

    @Test
    void businessDaysBetweenCountsWhatIsLeftUntilTheDueDate() {
        assertThat(calendar.businessDaysBetween(date("2026-04-28"), date("2026-05-18"))).isEqualTo(10);
        assertThat(calendar.businessDaysBetween(date("2026-05-14"), date("2026-05-18"))).isEqualTo(2);
        assertThat(calendar.businessDaysBetween(date("2026-05-18"), date("2026-05-18"))).isZero();
        assertThat(calendar.businessDaysBetween(date("2026-05-16"), date("2026-05-18"))).isEqualTo(1);
        // Overdue: negative. Over the year end only 12/28 and 1/4 are business days.
        assertThat(calendar.businessDaysBetween(date("2026-05-19"), date("2026-05-18"))).isEqualTo(-1);
        assertThat(calendar.businessDaysBetween(date("2026-12-25"), date("2027-01-04"))).isEqualTo(2);
    }

    @Test
    void businessDaysBetweenUndoesAddBusinessDaysAllYearRound() {
        for (LocalDate day = date("2026-01-01"); day.isBefore(date("2027-12-31")); day = day.plusDays(1)) {
            for (int days : new int[] {1, 3, 10}) {
                assertThat(calendar.businessDaysBetween(day, calendar.addBusinessDays(day, days)))
                        .as("%s + %d", day, days).isEqualTo(days);
            }
        }
    }

    @Test
    void theDateIsJapansWhateverTheServerZone() {
        // 00:30 in Tokyo on 4/28 is still 4/27 in UTC.
        assertThat(calendar.dateAt(Instant.parse("2026-04-27T15:30:00Z"))).isEqualTo(date("2026-04-28"));
    }

    @Test
    void aClosureInsideTheYear() {
        OfficeClosure foundationDay = new OfficeClosure("県民の日", MonthDay.of(6, 15), MonthDay.of(6, 15));
        JapaneseBusinessCalendar withFoundationDay = new JapaneseBusinessCalendar(JapaneseHolidays.bundled(), List.of(foundationDay));

        assertThat(withFoundationDay.closedReason(date("2026-06-15"))).contains("県民の日");
        assertThat(withFoundationDay.isBusinessDay(date("2026-06-16"))).isTrue();
        assertThat(withFoundationDay.isBusinessDay(date("2026-12-29"))).isTrue();
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}

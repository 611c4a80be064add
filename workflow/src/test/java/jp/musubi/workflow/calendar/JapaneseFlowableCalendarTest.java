package jp.musubi.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.impl.runtime.ClockReader;
import org.junit.jupiter.api.Test;

/** The due-date expressions of the {@code japanese} Flowable calendar. */
class JapaneseFlowableCalendarTest {

    private static final JapaneseBusinessCalendar CALENDAR = new JapaneseBusinessCalendar(JapaneseHolidays.bundled(),
            List.of(new OfficeClosure("年末年始", MonthDay.of(12, 29), MonthDay.of(1, 3))));

    @Test
    void tenBusinessDaysFromTodayEndAtClosingTimeInJapan() {
        JapaneseFlowableCalendar flowable = at("2026-04-28T10:00:00+09:00");

        assertThat(flowable.resolveDuedate("P10D")).isEqualTo(instant("2026-05-18T17:15:00+09:00"));
    }

    @Test
    void tenBusinessDaysFromAGivenDateIgnoreToday() {
        JapaneseFlowableCalendar flowable = at("2026-11-20T10:00:00+09:00");

        assertThat(flowable.resolveDuedate("2026-04-28/P10D")).isEqualTo(instant("2026-05-18T17:15:00+09:00"));
        assertThat(flowable.resolveDuedate("2026-12-22/P10D")).isEqualTo(instant("2027-01-12T17:15:00+09:00"));
    }

    @Test
    void aStartDateTimeCountsByItsDateInJapan() {
        JapaneseFlowableCalendar flowable = at("2026-11-20T10:00:00+09:00");

        // 2026-04-27T16:00Z is 4/28 01:00 in Tokyo: 4/29 is 昭和の日, so one business day is 4/30.
        assertThat(flowable.resolveDuedate("2026-04-27T16:00:00Z/P1D")).isEqualTo(instant("2026-04-30T17:15:00+09:00"));
    }

    @Test
    void todayIsTheDateInJapanEvenShortlyAfterMidnight() {
        JapaneseFlowableCalendar flowable = at("2026-04-28T00:30:00+09:00");

        assertThat(flowable.resolveDuedate("P1D")).isEqualTo(instant("2026-04-30T17:15:00+09:00"));
    }

    @Test
    void otherExpressionsAreRefusedWithTheSupportedFormats() {
        JapaneseFlowableCalendar flowable = at("2026-04-28T10:00:00+09:00");

        for (String unsupported : new String[] {"PT5H", "10", "P0D", "P1W", "2026-13-01/P1D", "Tue Apr 28 00:00:00 JST 2026/P10D", ""}) {
            assertThatThrownBy(() -> flowable.resolveDuedate(unsupported))
                    .as(unsupported)
                    .isInstanceOf(FlowableIllegalArgumentException.class)
                    .hasMessageContaining("P<n>D or <yyyy-MM-dd>/P<n>D");
        }
    }

    private static JapaneseFlowableCalendar at(String now) {
        return new JapaneseFlowableCalendar(new FixedClock(instant(now)), CALENDAR, LocalTime.of(17, 15));
    }

    private static Date instant(String text) {
        return Date.from(OffsetDateTime.parse(text).toInstant());
    }

    /** Flowable's own clock keeps its time in a static field shared by every engine in the JVM. */
    private record FixedClock(Date now) implements ClockReader {

        @Override
        public Date getCurrentTime() {
            return now;
        }

        @Override
        public Calendar getCurrentCalendar() {
            return getCurrentCalendar(getCurrentTimeZone());
        }

        @Override
        public Calendar getCurrentCalendar(TimeZone timeZone) {
            Calendar calendar = Calendar.getInstance(timeZone);
            calendar.setTime(now);
            return calendar;
        }

        @Override
        public TimeZone getCurrentTimeZone() {
            return TimeZone.getDefault();
        }
    }
}

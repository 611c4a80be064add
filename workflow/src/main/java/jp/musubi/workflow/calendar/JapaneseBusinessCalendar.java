package jp.musubi.workflow.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.common.Messages;


/**
 * The business days of a Japanese prefectural office: every day except Saturdays, Sundays,
 * national holidays and the office's yearly closures (年末年始 12/29–1/3 by default). Deadlines such
 * as 「打合せ後10営業日以内」 are counted on it.
 */
public class JapaneseBusinessCalendar {

    private static final Messages TEXTS = Messages.of("i18n/calendar");

    /** Dates are office dates in Japan, whatever the server's time zone. */

    // Guards against a misconfigured closure list that would leave no business day at all.
    private static final int MAX_CONSECUTIVE_CLOSED_DAYS = 60;

    private final JapaneseHolidays holidays;
    private final List<OfficeClosure> closures;

    public JapaneseBusinessCalendar(JapaneseHolidays holidays, List<OfficeClosure> closures) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.closures = List.copyOf(closures);
    }

    /** Today's date in Japan at the given instant. */
    public LocalDate dateAt(Instant instant) {
        return LocalDate.ofInstant(instant, JapaneseTimes.ZONE);
    }

    public boolean isBusinessDay(LocalDate date) {
        return closedReason(date).isEmpty();
    }

    /**
     * Why the office is closed on this day, in Japanese: the holiday's name, the closure's name, or
     * 土曜日 / 日曜日; empty on a business day. A holiday wins over a closure or a weekend.
     */
    public Optional<String> closedReason(LocalDate date) {
        Optional<String> holiday = holidays.nameOf(date);
        if (holiday.isPresent()) {
            return holiday;
        }
        for (OfficeClosure closure : closures) {
            if (closure.contains(date)) {
                return Optional.of(closure.name());
            }
        }
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
            return Optional.of(TEXTS.get("calendar.saturday"));
        }
        if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.of(TEXTS.get("calendar.sunday"));
        }
        return Optional.empty();
    }

    /**
     * The {@code days}-th business day after {@code date}; {@code date} itself is not counted, so
     * Friday plus one business day is the next Monday (or later, after a holiday). Zero days
     * returns {@code date} unchanged.
     */
    public LocalDate addBusinessDays(LocalDate date, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate current = date;
        for (int counted = 0; counted < days; counted++) {
            current = nextBusinessDayAfter(current);
        }
        return current;
    }

    /**
     * The business days after {@code from} up to and including {@code to}: the inverse of
     * {@link #addBusinessDays}. For a due date it is the number of business days left from today (0
     * on the due day itself); negative when {@code to} lies before {@code from}, i.e. overdue.
     */
    public int businessDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -businessDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                count++;
            }
        }
        return count;
    }

    private LocalDate nextBusinessDayAfter(LocalDate date) {
        LocalDate candidate = date.plusDays(1);
        for (int closed = 0; !isBusinessDay(candidate); closed++) {
            if (closed >= MAX_CONSECUTIVE_CLOSED_DAYS) {
                throw new IllegalStateException("no business day within " + MAX_CONSECUTIVE_CLOSED_DAYS
                        + " days after " + date + ": check musubi.calendar.closures");
            }
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }
}

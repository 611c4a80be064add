package jp.musubi.workflow.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.musubi.cms.common.JapaneseTimes;


/**
 * A due-date expression of the {@code japanese} Flowable business calendar: ISO-8601 day durations
 * read as business days.
 * <ul>
 * <li>{@code P10D}: the 10th business day after today (Japan date of the engine clock);</li>
 * <li>{@code 2026-04-28/P10D} (ISO-8601 interval "start/duration"): the 10th business day after
 * that date, e.g. {@code ${meetingDate}/P10D} for 「打合せ後10営業日以内」. The start may also be an
 * ISO date-time with offset ({@code 2026-04-28T10:00+09:00}); its Japan date counts.</li>
 * </ul>
 * The start date itself is never counted, and at least one business day is required.
 *
 * @param start        the date counted from, or {@code null} for the engine's today
 * @param businessDays how many business days after the start
 */
public record BusinessDayDuration(LocalDate start, int businessDays) {

    private static final Pattern DAYS = Pattern.compile("P([1-9]\\d{0,3})D");

    public BusinessDayDuration {
        if (businessDays < 1) {
            throw new IllegalArgumentException("at least one business day is required: " + businessDays);
        }
    }

    /**
     * @throws IllegalArgumentException if the expression is not one of the supported forms
     */
    public static BusinessDayDuration parse(String expression) {
        String text = expression == null ? "" : expression.trim();
        int slash = text.indexOf('/');
        String duration = slash < 0 ? text : text.substring(slash + 1);
        Matcher days = DAYS.matcher(duration);
        if (!days.matches()) {
            throw unsupported(expression);
        }
        LocalDate start = slash < 0 ? null : parseStart(text.substring(0, slash), expression);
        return new BusinessDayDuration(start, Integer.parseInt(days.group(1)));
    }

    private static LocalDate parseStart(String start, String expression) {
        try {
            return start.contains("T")
                    ? OffsetDateTime.parse(start).atZoneSameInstant(JapaneseTimes.ZONE).toLocalDate()
                    : LocalDate.parse(start);
        } catch (DateTimeParseException e) {
            throw unsupported(expression);
        }
    }

    private static IllegalArgumentException unsupported(String expression) {
        return new IllegalArgumentException("unsupported business-day due date '" + expression
                + "': expected P<n>D or <yyyy-MM-dd>/P<n>D (n business days, n >= 1)");
    }
}

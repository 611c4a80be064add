package jp.musubi.cms.demo;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of the demo data written relative to the day it is loaded ({@code today+60}, {@code today+64 10:00},
 * {@code today-3}), so that upcoming demo events stay upcoming whenever the product is first started, and
 * tests on them do not expire on a fixed day. Any other value is returned as written.
 */
public final class DemoDates {

    private static final Pattern RELATIVE = Pattern.compile("today([+-]\\d{1,4})?(?: (\\d{2}:\\d{2}))?");

    private DemoDates() {
    }

    /**
     * @return for a relative value the date ({@code 2027-01-31}) or date-time ({@code 2027-01-31T10:00}) it
     *         stands for, in the content's own format; otherwise {@code value} unchanged
     */
    public static Object resolve(Object value, LocalDate today) {
        if (!(value instanceof String text)) {
            return value;
        }
        Matcher matcher = RELATIVE.matcher(text.strip());
        if (!matcher.matches()) {
            return value;
        }
        LocalDate day = matcher.group(1) == null ? today : today.plusDays(Long.parseLong(matcher.group(1)));
        return matcher.group(2) == null ? day.toString() : day + "T" + matcher.group(2);
    }

    /** A date field of a demo file: an ISO date or a relative one. */
    public static LocalDate date(String value, LocalDate today) {
        return LocalDate.parse(resolve(value, today).toString());
    }
}

package jp.musubi.cms.common;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes one event as an iCalendar object (RFC 5545) for an iTIP message (RFC 5546): {@code METHOD:REQUEST}
 * for a meeting's invitation or update, {@code METHOD:CANCEL} for a cancellation, {@code METHOD:PUBLISH} for an
 * entry with no organizer to reply to (an event a visitor applied to), always with the entry's UID and its
 * current SEQUENCE, so calendar clients replace the entry they have. Times are local to Asia/Tokyo with a
 * VTIMEZONE (Japan has no daylight saving time, so one STANDARD rule describes it). Shared by the meetings
 * and the event applications.
 */
public final class ICalendar {

    public static final String CONTENT_TYPE_REQUEST = "text/calendar; charset=UTF-8; method=REQUEST";
    public static final String CONTENT_TYPE_CANCEL = "text/calendar; charset=UTF-8; method=CANCEL";
    public static final String CONTENT_TYPE_PUBLISH = "text/calendar; charset=UTF-8; method=PUBLISH";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String TZID = JapaneseTimes.ZONE.getId();

    /** Someone in the invitation: ORGANIZER or ATTENDEE. */
    public record Person(String name, String email) {
    }

    /**
     * What the calendar entry says.
     *
     * @param location the place, or null
     * @param url      a link (an online meeting, the event's page), or null
     */
    public record Entry(String uid, int sequence, Instant startsAt, Instant endsAt, String summary, String location,
                        String url, String description) {
    }

    private ICalendar() {
    }

    /** An entry without organizer or attendees, {@code METHOD:PUBLISH}. */
    public static byte[] publish(Entry entry, Instant stamp) {
        return write(entry, null, List.of(), false, stamp);
    }

    /** @param organizer null for {@code METHOD:PUBLISH} (then no attendees and no cancellation) */
    public static byte[] write(Entry entry, Person organizer, List<Person> attendees, boolean cancel, Instant stamp) {
        String method = cancel ? "CANCEL" : organizer == null ? "PUBLISH" : "REQUEST";
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Musubi//Calendar//JA");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method);
        line(out, "BEGIN:VTIMEZONE");
        line(out, "TZID:" + TZID);
        line(out, "BEGIN:STANDARD");
        line(out, "DTSTART:19700101T000000");
        line(out, "TZOFFSETFROM:+0900");
        line(out, "TZOFFSETTO:+0900");
        line(out, "TZNAME:JST");
        line(out, "END:STANDARD");
        line(out, "END:VTIMEZONE");
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + entry.uid());
        line(out, "SEQUENCE:" + entry.sequence());
        line(out, "DTSTAMP:" + UTC.format(stamp));
        line(out, "DTSTART;TZID=" + TZID + ":" + LOCAL.format(entry.startsAt().atZone(JapaneseTimes.ZONE)));
        line(out, "DTEND;TZID=" + TZID + ":" + LOCAL.format(entry.endsAt().atZone(JapaneseTimes.ZONE)));
        line(out, "SUMMARY:" + text(entry.summary()));
        if (entry.location() != null) {
            line(out, "LOCATION:" + text(entry.location()));
        } else if (entry.url() != null) {
            line(out, "LOCATION:" + text(entry.url()));
        }
        if (entry.url() != null) {
            line(out, "URL:" + entry.url());
        }
        if (entry.description() != null) {
            line(out, "DESCRIPTION:" + text(entry.description()));
        }
        if (organizer != null) {
            line(out, "ORGANIZER;CN=" + param(organizer.name()) + ":mailto:" + organizer.email());
        }
        for (Person attendee : attendees) {
            line(out, "ATTENDEE;CN=" + param(attendee.name()) + ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION"
                    + ";RSVP=FALSE:mailto:" + attendee.email());
        }
        line(out, "STATUS:" + (cancel ? "CANCELLED" : "CONFIRMED"));
        line(out, "TRANSP:OPAQUE");
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** TEXT value escaping (RFC 5545 §3.3.11). */
    public static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value, always quoted; a DQUOTE cannot appear in one (§3.2), so it is dropped. */
    static String param(String value) {
        return "\"" + value.replace("\"", "").replaceAll("[\\r\\n]", " ") + "\"";
    }

    /** Appends a content line folded at 75 octets (§3.1), never inside a UTF-8 sequence, ending in CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}

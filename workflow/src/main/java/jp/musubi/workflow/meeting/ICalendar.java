package jp.musubi.workflow.meeting;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jp.musubi.cms.common.JapaneseTimes;

/**
 * Writes a meeting as an iCalendar object (RFC 5545) for an iTIP message (RFC 5546): {@code METHOD:REQUEST}
 * for an invitation or update, {@code METHOD:CANCEL} for a cancellation, always with the meeting's UID and its
 * current SEQUENCE, so calendar clients replace the entry they have. Times are local to Asia/Tokyo with a
 * VTIMEZONE (Japan has no daylight saving time, so one STANDARD rule describes it).
 */
final class ICalendar {

    static final String CONTENT_TYPE_REQUEST = "text/calendar; charset=UTF-8; method=REQUEST";
    static final String CONTENT_TYPE_CANCEL = "text/calendar; charset=UTF-8; method=CANCEL";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String TZID = JapaneseTimes.ZONE.getId();

    /** Someone in the invitation: ORGANIZER or ATTENDEE. */
    record Person(String name, String email) {
    }

    private ICalendar() {
    }

    static byte[] write(Meeting meeting, String description, Person organizer, List<Person> attendees, boolean cancel,
                        Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Musubi//Meetings//JA");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + (cancel ? "CANCEL" : "REQUEST"));
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
        line(out, "UID:" + meeting.icalUid());
        line(out, "SEQUENCE:" + meeting.icalSequence());
        line(out, "DTSTAMP:" + UTC.format(stamp));
        line(out, "DTSTART;TZID=" + TZID + ":" + LOCAL.format(meeting.startsAt().atZone(JapaneseTimes.ZONE)));
        line(out, "DTEND;TZID=" + TZID + ":" + LOCAL.format(meeting.endsAt().atZone(JapaneseTimes.ZONE)));
        line(out, "SUMMARY:" + text(meeting.kind().label() + "：" + meeting.title()));
        if (meeting.place() != null) {
            line(out, "LOCATION:" + text(meeting.place()));
        } else if (meeting.onlineUrl() != null) {
            line(out, "LOCATION:" + text(meeting.onlineUrl()));
        }
        if (meeting.onlineUrl() != null) {
            line(out, "URL:" + meeting.onlineUrl());
        }
        if (description != null) {
            line(out, "DESCRIPTION:" + text(description));
        }
        line(out, "ORGANIZER;CN=" + param(organizer.name()) + ":mailto:" + organizer.email());
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
    static String text(String value) {
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

package jp.musubi.workflow.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.content.PublishedItem;

/**
 * A published event as the applications need it: what the content says (title, type, times, place, and the
 * editor's capacity, 申込受付中 and deadline, which the secretariat's settings may override).
 *
 * @param capacity null for no limit
 * @param deadline the last day applications are taken, or null (then until the start)
 */
record EventInfo(String name, String title, String eventType, String typeLabel, Instant startsAt, Instant endsAt,
                 String venue, boolean online, Integer capacity, boolean applicationOpen, LocalDate deadline) {

    static EventInfo of(PublishedItem item, java.time.Duration defaultDuration) {
        Map<String, Object> p = item.properties();
        Instant starts = instant(p.get("startAt"));
        Instant ends = instant(p.get("endAt"));
        if (starts == null) {
            return null;
        }
        if (ends == null || !ends.isAfter(starts)) {
            ends = starts.plus(defaultDuration);
        }
        String type = text(p.get("eventType"), "");
        String typeKey = EventTexts.TYPE + type;
        String typeLabel = EventTexts.TEXTS.has(typeKey) ? EventTexts.TEXTS.get(typeKey) : type;
        return new EventInfo(item.name(), text(p.get("title"), item.name()), type, typeLabel,
                starts, ends, text(p.get("venue"), null), Boolean.parseBoolean(String.valueOf(p.get("online"))),
                number(p.get("capacity")), Boolean.parseBoolean(String.valueOf(p.get("applicationOpen"))),
                date(p.get("applicationDeadline")));
    }

    LocalDate day() {
        return LocalDate.ofInstant(startsAt, JapaneseTimes.ZONE);
    }

    private static String text(Object value, String fallback) {
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.toString()).atZone(JapaneseTimes.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.toString().length() > 10 ? value.toString().substring(0, 10) : value.toString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer number(Object value) {
        if (value == null) {
            return null;
        }
        try {
            long n = Math.round(Double.parseDouble(value.toString()));
            return n > 0 && n < Integer.MAX_VALUE ? (int) n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

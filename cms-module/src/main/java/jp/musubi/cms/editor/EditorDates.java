package jp.musubi.cms.editor;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** Dates as editors read and type them: Japan time, 2026年11月22日 10:30. Also used by the templates. */
@Component("editorDates")
public class EditorDates {

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm", Locale.JAPANESE)
            .withZone(JAPAN);

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }

    /** A datetime-local value (2026-12-10T13:30) read as Japan time; null when blank. */
    static Instant parseLocal(String text, String formatMessage) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(JAPAN).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(formatMessage, e);
        }
    }
}

package jp.musubi.cms.editor;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import jp.musubi.cms.common.JapaneseTimes;
import org.springframework.stereotype.Component;

/** Dates as editors read and type them: Japan time, 2026年11月22日 10:30. Also used by the templates. */
@Component("editorDates")
public class EditorDates {

    public String format(Instant instant) {
        return JapaneseTimes.dateTime(instant);
    }

    /** A datetime-local value (2026-12-10T13:30) read as Japan time; null when blank. */
    static Instant parseLocal(String text, String formatMessage) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(JapaneseTimes.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(formatMessage, e);
        }
    }
}

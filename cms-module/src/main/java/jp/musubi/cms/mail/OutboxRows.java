package jp.musubi.cms.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Maps outbox rows and the JSON of their extra headers; shared by the outbox's readers and writers. */
final class OutboxRows {

    static final String COLUMNS = "id, message_id, kind, recipient, subject, text_body, html_body, headers, correlation, "
            + "status, attempts, next_attempt_at, lease_until, last_error, created_at, sent_at";

    /** Same columns without the bodies, for lists. */
    static final String SUMMARY_COLUMNS = "id, message_id, kind, recipient, subject, NULL AS text_body, NULL AS html_body, "
            + "NULL AS headers, correlation, status, attempts, next_attempt_at, lease_until, last_error, created_at, sent_at";

    static final RowMapper<OutboxMessage> MESSAGE = OutboxRows::message;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private OutboxRows() {
    }

    static String headersJson(Map<String, String> headers) {
        return headers.isEmpty() ? null : JSON.writeValueAsString(headers);
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
        String headers = rs.getString("headers");
        return new OutboxMessage(rs.getLong("id"), rs.getString("message_id"), rs.getString("kind"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
                headers == null ? Map.of() : JSON.readValue(headers, HEADERS), rs.getString("correlation"),
                MailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                instant(rs, "lease_until"), rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}

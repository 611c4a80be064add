package jp.musubi.workflow.minutes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The minutes' own table; read by others through {@link MinutesSteps#record(String)}. */
@Repository
class MinutesRecords {

    private final JdbcClient jdbc;

    MinutesRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MinutesRecord> find(String processInstanceId) {
        return jdbc.sql("SELECT * FROM minutes_record WHERE process_instance_id = ?").param(processInstanceId)
                .query(MinutesRecords::record).optional();
    }

    /** The meeting's approved minutes (the latest approval, should a meeting have been recorded twice). */
    Optional<MinutesRecord> approvedForMeeting(long meetingId) {
        return jdbc.sql("SELECT * FROM minutes_record WHERE meeting_id = ? AND approved_at IS NOT NULL ORDER BY approved_at DESC")
                .param(meetingId).query(MinutesRecords::record).stream().findFirst();
    }

    void create(String processInstanceId, Long meetingId, String title, java.time.LocalDate meetingDate) {
        jdbc.sql("INSERT INTO minutes_record (process_instance_id, meeting_id, title, meeting_date) VALUES (?, ?, ?, ?)")
                .params(processInstanceId, meetingId, title, meetingDate == null ? null : java.sql.Date.valueOf(meetingDate)).update();
    }

    /** Every meeting's minutes, the latest meetings first. */
    java.util.List<MinutesRecord> all() {
        return jdbc.sql("SELECT * FROM minutes_record ORDER BY meeting_date DESC NULLS LAST, process_instance_id")
                .query(MinutesRecords::record).list();
    }

    void submit(String processInstanceId, String text, String user, Instant at) {
        jdbc.sql("UPDATE minutes_record SET minutes_text = ?, submitted_by = ?, submitted_at = ? WHERE process_instance_id = ?")
                .params(text, user, Timestamp.from(at), processInstanceId).update();
    }

    void reviewed(String processInstanceId, boolean accepted, String comment, String user, Instant at) {
        jdbc.sql("UPDATE minutes_record SET review_comment = ?, approved_by = ?, approved_at = ? WHERE process_instance_id = ?")
                .params(comment, accepted ? user : null, accepted ? Timestamp.from(at) : null, processInstanceId).update();
    }

    private static MinutesRecord record(ResultSet rs, int row) throws SQLException {
        long meeting = rs.getLong("meeting_id");
        Long meetingId = rs.wasNull() ? null : meeting;
        return new MinutesRecord(rs.getString("process_instance_id"), meetingId, rs.getString("title"),
                rs.getString("minutes_text"), rs.getString("submitted_by"), instant(rs, "submitted_at"),
                rs.getString("review_comment"), rs.getString("approved_by"), instant(rs, "approved_at"),
                rs.getDate("meeting_date") == null ? null : rs.getDate("meeting_date").toLocalDate());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}

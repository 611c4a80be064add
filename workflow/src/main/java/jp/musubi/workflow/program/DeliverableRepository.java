package jp.musubi.workflow.program;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code program_deliverable}. */
@Repository
class DeliverableRepository {

    record Row(String deliverableId, String assetId, String fileName, String deliveredBy, Instant deliveredAt,
               Instant remindedAt) {
    }

    private final JdbcClient jdbc;

    DeliverableRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Row> forYear(int year) {
        Map<String, Row> rows = new HashMap<>();
        jdbc.sql("SELECT deliverable_id, asset_id, file_name, delivered_by, delivered_at, reminded_at FROM program_deliverable"
                        + " WHERE program_year = ?")
                .param(year)
                .query(rs -> {
                    rows.put(rs.getString(1), new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))));
                });
        return rows;
    }

    void delivered(int year, String deliverableId, String assetId, String fileName, String user, Instant at) {
        int updated = jdbc.sql("""
                UPDATE program_deliverable SET asset_id = ?, file_name = ?, delivered_by = ?, delivered_at = ?
                WHERE program_year = ? AND deliverable_id = ?
                """).params(assetId, fileName, user, Timestamp.from(at), year, deliverableId).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO program_deliverable (program_year, deliverable_id, asset_id, file_name, delivered_by, delivered_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """).params(year, deliverableId, assetId, fileName, user, Timestamp.from(at)).update();
        }
    }

    /** Marks the reminder as sent; false when another node (or an earlier run) already did. */
    boolean markReminded(int year, String deliverableId, Instant at) {
        int updated = jdbc.sql("UPDATE program_deliverable SET reminded_at = ? WHERE program_year = ? AND deliverable_id = ?"
                        + " AND reminded_at IS NULL")
                .params(Timestamp.from(at), year, deliverableId).update();
        if (updated > 0) {
            return true;
        }
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM program_deliverable WHERE program_year = ? AND deliverable_id = ?")
                .params(year, deliverableId).query(Integer.class).single() > 0;
        if (exists) {
            return false;
        }
        jdbc.sql("INSERT INTO program_deliverable (program_year, deliverable_id, reminded_at) VALUES (?, ?, ?)")
                .params(year, deliverableId, Timestamp.from(at)).update();
        return true;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

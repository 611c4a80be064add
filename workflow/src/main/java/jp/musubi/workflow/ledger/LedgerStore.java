package jp.musubi.workflow.ledger;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The ledger's own tables: {@code ledger_member} (fields, edit version) and {@code ledger_change}. */
@Repository
class LedgerStore {

    private final JdbcClient jdbc;

    LedgerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> version(String key) {
        return jdbc.sql("SELECT version FROM ledger_member WHERE organization_key = ?").param(key).query(Long.class).optional();
    }

    /** The line of an organization the ledger had not seen yet; nothing when it has one. */
    void ensure(String key, String fields, Instant at) {
        if (version(key).isEmpty()) {
            jdbc.sql("INSERT INTO ledger_member (organization_key, fields, version, updated_at) VALUES (?, ?, 0, ?)")
                    .params(key, fields, Timestamp.from(at)).update();
        }
    }

    void insert(String key, String fields, Instant at) {
        jdbc.sql("INSERT INTO ledger_member (organization_key, fields, version, updated_at) VALUES (?, ?, 0, ?)")
                .params(key, fields, Timestamp.from(at)).update();
    }

    /** @return false when the line is not at {@code expected} any more: someone else edited it */
    boolean bump(String key, long expected, Instant at) {
        return jdbc.sql("UPDATE ledger_member SET version = version + 1, updated_at = ? WHERE organization_key = ? AND version = ?")
                .params(Timestamp.from(at), key, expected).update() == 1;
    }

    /** 活用分野 per organization key, one per line, of the lines that have them. */
    Map<String, String> fieldsByKey() {
        Map<String, String> fields = new HashMap<>();
        jdbc.sql("SELECT organization_key, fields FROM ledger_member WHERE fields IS NOT NULL")
                .query(rs -> {
                    fields.put(rs.getString("organization_key"), rs.getString("fields"));
                });
        return fields;
    }

    void setFields(String key, String fields) {
        jdbc.sql("UPDATE ledger_member SET fields = ? WHERE organization_key = ?").params(fields, key).update();
    }

    void change(String key, String user, String what, Instant at) {
        jdbc.sql("INSERT INTO ledger_change (organization_key, changed_at, changed_by, what) VALUES (?, ?, ?, ?)")
                .params(key, Timestamp.from(at), user, what.length() > 1000 ? what.substring(0, 1000) : what).update();
    }

    List<LedgerChange> changes(String key) {
        return jdbc.sql("SELECT changed_at, changed_by, what FROM ledger_change WHERE organization_key = ? ORDER BY changed_at, id")
                .param(key)
                .query((rs, n) -> new LedgerChange(rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
                        rs.getString("what")))
                .list();
    }
}

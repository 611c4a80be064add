package jp.musubi.workflow.municipal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code municipal_issue} and {@code municipal_issue_attachment}. */
@Repository
class MunicipalIssueRepository {

    private static final String SELECT = """
            SELECT id, municipality, title, department, summary, background, current_situation, direction, scope,
                   contact_name, contact_email, contact_phone, round_id, version, issue_case_id, created_by,
                   updated_at, submitted_at
            FROM municipal_issue""";

    private final JdbcClient jdbc;

    MunicipalIssueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String municipality, IssueDraftInput in, String user, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO municipal_issue (municipality, title, department, summary, background, current_situation,
                    direction, scope, contact_name, contact_email, contact_phone, round_id, version, created_by,
                    created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)""")
                .params(municipality, in.title(), in.department(), in.summary(), in.background(), in.currentSituation(),
                        in.direction(), in.scope(), in.contactName(), in.contactEmail(), in.contactPhone(), in.roundId(),
                        user, Timestamp.from(at), Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** @return false if the row is no longer at {@code version} or already submitted */
    boolean update(long id, int version, IssueDraftInput in, Instant at) {
        return jdbc.sql("""
                UPDATE municipal_issue SET title = ?, department = ?, summary = ?, background = ?, current_situation = ?,
                    direction = ?, scope = ?, contact_name = ?, contact_email = ?, contact_phone = ?, round_id = ?,
                    version = version + 1, updated_at = ?
                WHERE id = ? AND version = ? AND issue_case_id IS NULL""")
                .params(in.title(), in.department(), in.summary(), in.background(), in.currentSituation(), in.direction(),
                        in.scope(), in.contactName(), in.contactEmail(), in.contactPhone(), in.roundId(), Timestamp.from(at),
                        id, version)
                .update() == 1;
    }

    /** @return false if the row is no longer at {@code version} or already submitted */
    boolean markSubmitted(long id, int version, long caseId, Instant at) {
        return jdbc.sql("""
                UPDATE municipal_issue SET issue_case_id = ?, submitted_at = ?, version = version + 1, updated_at = ?
                WHERE id = ? AND version = ? AND issue_case_id IS NULL""")
                .params(caseId, Timestamp.from(at), Timestamp.from(at), id, version).update() == 1;
    }

    Optional<MunicipalIssue> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(this::map).optional();
    }

    Optional<MunicipalIssue> forCase(long caseId) {
        return jdbc.sql(SELECT + " WHERE issue_case_id = ?").param(caseId).query(this::map).optional();
    }

    List<MunicipalIssue> drafts(String municipality) {
        return jdbc.sql(SELECT + " WHERE municipality = ? AND issue_case_id IS NULL ORDER BY updated_at DESC, id DESC")
                .param(municipality).query(this::map).list();
    }

    List<IssueAttachment> attachments(long id) {
        return jdbc.sql("""
                SELECT position, asset_id, filename FROM municipal_issue_attachment
                WHERE municipal_issue_id = ? ORDER BY position""").param(id)
                .query((rs, n) -> new IssueAttachment(id, rs.getInt(1), rs.getObject(2, UUID.class), rs.getString(3))).list();
    }

    void addAttachment(long id, IssueAttachment attachment) {
        jdbc.sql("INSERT INTO municipal_issue_attachment (municipal_issue_id, asset_id, filename, position) VALUES (?, ?, ?, ?)")
                .params(id, attachment.assetId(), attachment.filename(), attachment.position()).update();
    }

    void removeAttachment(long id, int position) {
        jdbc.sql("DELETE FROM municipal_issue_attachment WHERE municipal_issue_id = ? AND position = ?")
                .params(id, position).update();
    }

    private MunicipalIssue map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Number round = (Number) rs.getObject("round_id");
        Number caseId = (Number) rs.getObject("issue_case_id");
        Timestamp submitted = rs.getTimestamp("submitted_at");
        IssueDraftInput input = new IssueDraftInput(rs.getString("title"), rs.getString("department"), rs.getString("summary"),
                rs.getString("background"), rs.getString("current_situation"), rs.getString("direction"), rs.getString("scope"),
                rs.getString("contact_name"), rs.getString("contact_email"), rs.getString("contact_phone"),
                round == null ? null : round.longValue());
        return new MunicipalIssue(id, rs.getString("municipality"), input, rs.getInt("version"),
                caseId == null ? null : caseId.longValue(), rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(),
                submitted == null ? null : submitted.toInstant(), attachments(id));
    }
}

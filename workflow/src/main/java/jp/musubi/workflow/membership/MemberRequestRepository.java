package jp.musubi.workflow.membership;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Profile change and withdrawal requests in {@code membership_request}. */
@Repository
public class MemberRequestRepository {

    private final JdbcClient jdbc;

    MemberRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(MemberRequest.Kind kind, String organizationKey, MemberProfile profile, String reason, String user,
                Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO membership_request (kind, organization_key, status, summary, description, fields, city, url,
                    reason, requested_by, requested_at)
                VALUES (?, ?, 'OPEN', ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(kind.name(), organizationKey,
                        profile == null ? null : profile.summary(), profile == null ? null : profile.description(),
                        profile == null ? null : profile.fieldLines(), profile == null ? null : profile.city(),
                        profile == null ? null : profile.url(), reason, user, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<MemberRequest> find(long id) {
        return jdbc.sql("SELECT * FROM membership_request WHERE id = ?").param(id).query(this::map).optional();
    }

    List<MemberRequest> forOrganization(String organizationKey) {
        return jdbc.sql("SELECT * FROM membership_request WHERE organization_key = ? ORDER BY requested_at DESC, id DESC")
                .param(organizationKey).query(this::map).list();
    }

    boolean openExists(MemberRequest.Kind kind, String organizationKey) {
        return jdbc.sql("SELECT COUNT(*) FROM membership_request WHERE kind = ? AND organization_key = ? AND status = 'OPEN'")
                .params(kind.name(), organizationKey).query(Long.class).single() > 0;
    }

    /** The organization's latest request of this kind, whatever its status. */
    Optional<MemberRequest> latest(MemberRequest.Kind kind, String organizationKey) {
        return jdbc.sql("SELECT * FROM membership_request WHERE kind = ? AND organization_key = ? ORDER BY id DESC LIMIT 1")
                .params(kind.name(), organizationKey).query(this::map).optional();
    }

    void decide(long id, String status, String comment, String user, Instant at) {
        jdbc.sql("""
                UPDATE membership_request SET status = ?, decision_comment = ?, decided_by = ?, decided_at = ?
                WHERE id = ? AND status = 'OPEN'
                """)
                .params(status, comment, user, Timestamp.from(at), id).update();
    }

    private MemberRequest map(ResultSet rs, int row) throws SQLException {
        MemberRequest.Kind kind = MemberRequest.Kind.valueOf(rs.getString("kind"));
        MemberProfile profile = kind == MemberRequest.Kind.PROFILE_CHANGE
                ? new MemberProfile(rs.getString("summary"), rs.getString("description"),
                        MemberProfile.fromLines(rs.getString("fields")), rs.getString("city"), rs.getString("url"))
                : null;
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new MemberRequest(rs.getLong("id"), kind, rs.getString("organization_key"), rs.getString("status"), profile,
                rs.getString("reason"), rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(),
                rs.getString("decision_comment"), rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant());
    }
}

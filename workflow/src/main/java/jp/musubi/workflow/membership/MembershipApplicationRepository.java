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

/** Membership applications and their screening, in {@code membership_application}. */
@Repository
public class MembershipApplicationRepository {

    private final JdbcClient jdbc;

    MembershipApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(MembershipApplication a, Instant submittedAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        MemberProfile p = a.profile();
        jdbc.sql("""
                INSERT INTO membership_application (status, organization_name, kind, summary, description, fields, city,
                    url, contact_name, contact_email, contact_phone, login_id, submitted_at,
                    antisocial_checked, terms_checked, existence_checked, newsletter_opt_in)
                VALUES ('SUBMITTED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, FALSE, FALSE, ?)
                """)
                .params(a.organizationName(), a.kind().name(), p.summary(), p.description(), p.fieldLines(), p.city(),
                        p.url(), a.contactName(), a.contactEmail(), a.contactPhone(), a.loginId(), Timestamp.from(submittedAt),
                        a.newsletterOptIn())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<StoredApplication> find(long id) {
        return jdbc.sql("SELECT * FROM membership_application WHERE id = ?").param(id).query(this::map).optional();
    }

    List<StoredApplication> forOrganization(String organizationKey) {
        return jdbc.sql("SELECT * FROM membership_application WHERE organization_key = ? ORDER BY submitted_at DESC")
                .param(organizationKey).query(this::map).list();
    }

    /** Whether an application still being screened asks for this login ID. */
    boolean loginIdPending(String loginId) {
        return jdbc.sql("SELECT COUNT(*) FROM membership_application WHERE status = 'SUBMITTED' AND LOWER(login_id) = LOWER(?)")
                .param(loginId).query(Long.class).single() > 0;
    }

    void recordScreening(long id, String status, ScreeningDecision decision, String reason, String user, Instant at) {
        jdbc.sql("""
                UPDATE membership_application SET status = ?, antisocial_checked = ?, terms_checked = ?,
                    existence_checked = ?, decline_reason = ?, decided_by = ?, decided_at = ?
                WHERE id = ? AND status = 'SUBMITTED'
                """)
                .params(status, decision.notAntisocial(), decision.termsAccepted(), decision.existenceConfirmed(), reason,
                        user, Timestamp.from(at), id)
                .update();
    }

    void setPublicName(long id, String publicName) {
        jdbc.sql("UPDATE membership_application SET public_name = ? WHERE id = ?").params(publicName, id).update();
    }

    /** The public name chosen at screening, or null. */
    String publicName(long id) {
        return jdbc.sql("SELECT public_name FROM membership_application WHERE id = ?").param(id).query(String.class)
                .optional().orElse(null);
    }

    /** Whether an approved application or an organization already has this key or public name. */
    boolean publicNameTaken(String name, long exceptApplication) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM organization WHERE org_key = ?)
                     + (SELECT COUNT(*) FROM membership_application WHERE public_name = ? AND id <> ?)""")
                .params(name, name, exceptApplication).query(Long.class).single() > 0;
    }

    void setOrganizationKey(long id, String organizationKey) {
        jdbc.sql("UPDATE membership_application SET organization_key = ? WHERE id = ?").params(organizationKey, id).update();
    }

    /** Erases the contact person's data of the organization's applications (退会). */
    void eraseContacts(String organizationKey) {
        jdbc.sql("""
                UPDATE membership_application SET contact_name = '（削除済み）', contact_email = NULL, contact_phone = NULL
                WHERE organization_key = ?
                """).param(organizationKey).update();
    }

    private StoredApplication map(ResultSet rs, int row) throws SQLException {
        MemberProfile profile = new MemberProfile(rs.getString("summary"), rs.getString("description"),
                MemberProfile.fromLines(rs.getString("fields")), rs.getString("city"), rs.getString("url"));
        MembershipApplication application = new MembershipApplication(rs.getString("organization_name"),
                OrganizationKind.valueOf(rs.getString("kind")), profile, rs.getString("contact_name"),
                rs.getString("contact_email"), rs.getString("contact_phone"), rs.getString("login_id"),
                rs.getBoolean("newsletter_opt_in"));
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new StoredApplication(rs.getLong("id"), rs.getString("status"), application,
                rs.getTimestamp("submitted_at").toInstant(), rs.getBoolean("antisocial_checked"),
                rs.getBoolean("terms_checked"), rs.getBoolean("existence_checked"), rs.getString("decline_reason"),
                rs.getString("decided_by"), decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("organization_key"));
    }
}

package jp.musubi.workflow.exhibition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Recruitments and applications, in {@code exhibition_recruitment}, {@code exhibition_application} and its seeds. */
@Repository
class ExhibitionRepository {

    private final JdbcClient jdbc;

    ExhibitionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Recruitment> recruitment(String eventName) {
        return jdbc.sql("SELECT * FROM exhibition_recruitment WHERE event_name = ?").param(eventName)
                .query(ExhibitionRepository::recruitment).optional();
    }

    /** The recruitment's row locked until commit: decisions on one exhibition take their turn. */
    Optional<Recruitment> lockRecruitment(String eventName) {
        return jdbc.sql("SELECT * FROM exhibition_recruitment WHERE event_name = ? FOR UPDATE").param(eventName)
                .query(ExhibitionRepository::recruitment).optional();
    }

    List<Recruitment> recruitments() {
        return jdbc.sql("SELECT * FROM exhibition_recruitment ORDER BY event_name").query(ExhibitionRepository::recruitment).list();
    }

    void insertRecruitment(Recruitment r, Instant at) {
        jdbc.sql("""
                INSERT INTO exhibition_recruitment (event_name, deadline, exhibitor_limit, booth_options, guidance, opened_by,
                    opened_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.eventName(), r.deadline(), r.limit(), String.join("\n", r.boothOptions()), r.guidance(),
                        r.openedBy(), ts(r.openedAt()), ts(at))
                .update();
    }

    void updateRecruitment(String eventName, LocalDate deadline, int limit, List<String> boothOptions, String guidance,
                           Instant at) {
        jdbc.sql("""
                UPDATE exhibition_recruitment SET deadline = ?, exhibitor_limit = ?, booth_options = ?, guidance = ?,
                    changed_at = ? WHERE event_name = ?""")
                .params(deadline, limit, String.join("\n", boothOptions), guidance, ts(at), eventName)
                .update();
    }

    long insertApplication(String eventName, String organizationKey, String organizationName, ApplicationInput input,
                           String user, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO exhibition_application (event_name, organization_key, organization_name, booth, power_needed,
                    booth_notes, products, status, applied_by, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(eventName, organizationKey, organizationName, input.booth(), input.powerNeeded(), input.boothNotes(),
                        input.products(), ApplicationStatus.APPLIED.name(), user, ts(at))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (String seed : input.seeds()) {
            jdbc.sql("INSERT INTO exhibition_application_seed (application_id, seed_name) VALUES (?, ?)")
                    .params(id, seed).update();
        }
        return id;
    }

    void decide(long id, ApplicationStatus status, String user, Instant at) {
        jdbc.sql("UPDATE exhibition_application SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?")
                .params(status.name(), user, ts(at), id).update();
    }

    Optional<ExhibitorApplication> application(long id) {
        return jdbc.sql("SELECT * FROM exhibition_application WHERE id = ?").param(id).query(this::mapApplication).optional();
    }

    boolean applied(String eventName, String organizationKey) {
        return jdbc.sql("SELECT COUNT(*) FROM exhibition_application WHERE event_name = ? AND organization_key = ?")
                .params(eventName, organizationKey).query(Long.class).single() > 0;
    }

    List<ExhibitorApplication> applications(String eventName) {
        return jdbc.sql("SELECT * FROM exhibition_application WHERE event_name = ? ORDER BY applied_at, id")
                .param(eventName).query(this::mapApplication).list();
    }

    List<ExhibitorApplication> ofOrganization(String organizationKey) {
        return jdbc.sql("SELECT * FROM exhibition_application WHERE organization_key = ? ORDER BY applied_at DESC, id DESC")
                .param(organizationKey).query(this::mapApplication).list();
    }

    long count(String eventName, ApplicationStatus status) {
        return jdbc.sql("SELECT COUNT(*) FROM exhibition_application WHERE event_name = ? AND status = ?")
                .params(eventName, status.name()).query(Long.class).single();
    }

    /** Event name → applications in each state, for the staff list. */
    Map<String, Map<ApplicationStatus, Long>> counts() {
        return jdbc.sql("SELECT event_name, status, COUNT(*) AS n FROM exhibition_application GROUP BY event_name, status")
                .query((rs, n) -> new Object[] {rs.getString("event_name"), ApplicationStatus.valueOf(rs.getString("status")),
                        rs.getLong("n")})
                .list().stream()
                .collect(Collectors.groupingBy(row -> (String) row[0],
                        Collectors.toMap(row -> (ApplicationStatus) row[1], row -> (Long) row[2])));
    }

    private List<String> seeds(long applicationId) {
        return jdbc.sql("SELECT seed_name FROM exhibition_application_seed WHERE application_id = ? ORDER BY seed_name")
                .param(applicationId).query(String.class).list();
    }

    private ExhibitorApplication mapApplication(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong("id");
        return new ExhibitorApplication(id, rs.getString("event_name"), rs.getString("organization_key"),
                rs.getString("organization_name"), rs.getString("booth"), rs.getBoolean("power_needed"),
                rs.getString("booth_notes"), rs.getString("products"), seeds(id),
                ApplicationStatus.valueOf(rs.getString("status")), rs.getString("applied_by"), instant(rs, "applied_at"),
                rs.getString("decided_by"), instant(rs, "decided_at"));
    }

    private static Recruitment recruitment(ResultSet rs, int n) throws SQLException {
        return new Recruitment(rs.getString("event_name"), rs.getObject("deadline", LocalDate.class),
                rs.getInt("exhibitor_limit"), lines(rs.getString("booth_options")), rs.getString("guidance"),
                rs.getString("opened_by"), instant(rs, "opened_at"));
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}

package jp.musubi.workflow.issuecase;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The table {@code proposal}. */
@Repository
class ProposalRepository {

    private static final String COLUMNS = """
            id, issue_case_id, organization_id, organization_name, contact_name, contact_email, title, summary, status""";

    private final JdbcClient jdbc;

    ProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long caseId, NewProposal proposal, ProposalStatus status, String user, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO proposal (issue_case_id, organization_id, organization_name, contact_name, contact_email,
                    title, summary, status, submitted_by, submitted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(caseId, proposal.organizationId(), proposal.organizationName().strip(), proposal.contactName().strip(),
                        proposal.contactEmail().strip(), proposal.title().strip(), proposal.summary().strip(), status.name(),
                        user, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<Proposal> forCase(long caseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM proposal WHERE issue_case_id = ? ORDER BY id").param(caseId)
                .query(ProposalRepository::map).list();
    }

    List<Proposal> forOrganization(long organizationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM proposal WHERE organization_id = ? ORDER BY id DESC")
                .param(organizationId).query(ProposalRepository::map).list();
    }

    Optional<Proposal> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM proposal WHERE id = ?").param(id).query(ProposalRepository::map).optional();
    }

    void setStatus(long id, ProposalStatus status) {
        jdbc.sql("UPDATE proposal SET status = ? WHERE id = ?").params(status.name(), id).update();
    }

    void setOrganization(long id, long organizationId, ProposalStatus status) {
        jdbc.sql("UPDATE proposal SET organization_id = ?, status = ? WHERE id = ?").params(organizationId, status.name(), id).update();
    }

    void setMembershipApplication(long id, long applicationId) {
        jdbc.sql("UPDATE proposal SET membership_application_id = ? WHERE id = ?").params(applicationId, id).update();
    }

    /** Proposals still waiting for the given membership application. */
    List<Long> waitingFor(long applicationId) {
        return jdbc.sql("SELECT id FROM proposal WHERE membership_application_id = ? AND status = ? ORDER BY id")
                .params(applicationId, ProposalStatus.WAITING_FOR_REGISTRATION.name()).query(Long.class).list();
    }

    Optional<String> organizationName(long organizationId) {
        return jdbc.sql("SELECT name FROM organization WHERE id = ?").param(organizationId).query(String.class).optional();
    }

    private static Proposal map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long organization = rs.getLong("organization_id");
        Long organizationId = rs.wasNull() ? null : organization; // before the next column is read
        return new Proposal(rs.getLong("id"), rs.getLong("issue_case_id"), organizationId,
                rs.getString("organization_name"), rs.getString("contact_name"), rs.getString("contact_email"),
                rs.getString("title"), rs.getString("summary"), ProposalStatus.valueOf(rs.getString("status")));
    }
}

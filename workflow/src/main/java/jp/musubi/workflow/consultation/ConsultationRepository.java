package jp.musubi.workflow.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consultations and their handling, in {@code consultation_request} and its two child tables. */
@Repository
class ConsultationRepository {

    private final JdbcClient jdbc;

    ConsultationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ConsultationCase> find(long id) {
        return jdbc.sql("SELECT * FROM consultation_request WHERE id = ?").param(id).query(this::map).optional();
    }

    List<ConsultationCase> all() {
        return jdbc.sql("SELECT * FROM consultation_request ORDER BY received_at DESC, id DESC").query(this::map).list();
    }

    void started(long id, String processInstanceId) {
        jdbc.sql("UPDATE consultation_request SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
    }

    void intake(long id, String outcome, String reason, String user, Instant at) {
        boolean accepted = "ACCEPTED".equals(outcome);
        jdbc.sql("""
                UPDATE consultation_request SET status = ?, intake_outcome = ?, close_reason = ?, intake_by = ?, intake_at = ?,
                    closed_at = ? WHERE id = ?""")
                .params(accepted ? ConsultationCase.ADVISING : ConsultationCase.CLOSED_AT_INTAKE, outcome, reason, user,
                        ts(at), accepted ? null : ts(at), id)
                .update();
    }

    void advice(long id, String advice, String channel, String notes, boolean matchingWanted, String user, Instant at) {
        jdbc.sql("""
                UPDATE consultation_request SET status = ?, advice = ?, advice_channel = ?, advice_notes = ?, matching_wanted = ?,
                    advised_by = ?, advised_at = ?, closed_at = ? WHERE id = ?""")
                .params(matchingWanted ? ConsultationCase.ORGANIZING : ConsultationCase.ADVISED, advice, channel, notes,
                        matchingWanted, user, ts(at), matchingWanted ? null : ts(at), id)
                .update();
    }

    void organized(long id, ConsultationCase.OrganizedIssue issue, Instant at) {
        jdbc.sql("""
                UPDATE consultation_request SET status = ?, issue_business = ?, issue_current = ?, issue_goal = ?, issue_budget = ?,
                    issue_timing = ?, issue_constraints = ?, organized_at = ? WHERE id = ?""")
                .params(ConsultationCase.INFORMING, issue.business(), issue.current(), issue.goal(), issue.budget(),
                        issue.timing(), issue.constraints(), ts(at), id)
                .update();
    }

    void replaceSuggestions(long id, List<ConsultationSuggestion> suggestions) {
        jdbc.sql("DELETE FROM consultation_suggestion WHERE consultation_id = ?").param(id).update();
        for (ConsultationSuggestion s : suggestions) {
            jdbc.sql("""
                    INSERT INTO consultation_suggestion (consultation_id, position, organization_key, organization_name, workspace,
                        item_name, item_title, matched_terms, highlighted_html, item_path) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, s.position(), s.organizationKey(), s.organizationName(), s.workspace(), s.itemName(),
                            s.itemTitle(), s.matchedTerms(), s.highlightedHtml(), s.itemPath())
                    .update();
        }
    }

    List<ConsultationSuggestion> suggestions(long id) {
        return jdbc.sql("SELECT * FROM consultation_suggestion WHERE consultation_id = ? ORDER BY position").param(id)
                .query((rs, row) -> new ConsultationSuggestion(rs.getInt("position"), rs.getString("organization_key"),
                        rs.getString("organization_name"), rs.getString("workspace"), rs.getString("item_name"),
                        rs.getString("item_title"), rs.getString("matched_terms"), rs.getString("highlighted_html"),
                        rs.getString("item_path")))
                .list();
    }

    void informed(long id, boolean talentGuidance, List<ConsultationIntroduction> introductions, String user, Instant at) {
        jdbc.sql("UPDATE consultation_request SET status = ?, talent_guidance = ?, informed_by = ?, informed_at = ? WHERE id = ?")
                .params(ConsultationCase.FOLLOW_UP, talentGuidance, user, ts(at), id).update();
        for (ConsultationIntroduction i : introductions) {
            jdbc.sql("""
                    INSERT INTO consultation_introduction (consultation_id, organization_key, organization_name, item_title, item_path,
                        consented, introduced_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, i.organizationKey(), i.organizationName(), i.itemTitle(), i.itemPath(), i.consented(), ts(at))
                    .update();
        }
    }

    List<ConsultationIntroduction> introductions(long id) {
        return jdbc.sql("SELECT * FROM consultation_introduction WHERE consultation_id = ? ORDER BY organization_name").param(id)
                .query((rs, row) -> new ConsultationIntroduction(rs.getString("organization_key"), rs.getString("organization_name"),
                        rs.getString("item_title"), rs.getString("item_path"), rs.getBoolean("consented"),
                        instant(rs, "introduced_at")))
                .list();
    }

    void introductionMailed(long id, long mailId) {
        jdbc.sql("UPDATE consultation_request SET introduction_mail_id = ? WHERE id = ?").params(mailId, id).update();
    }

    void companyMailed(long id, String organizationKey, long mailId) {
        jdbc.sql("UPDATE consultation_introduction SET company_mail_id = ? WHERE consultation_id = ? AND organization_key = ?")
                .params(mailId, id, organizationKey).update();
    }

    void followUp(long id, int round, boolean contactMade, String contactWith, Instant at) {
        String status = contactMade ? ConsultationCase.EFFECT : round >= 2 ? ConsultationCase.NO_CONTACT : ConsultationCase.FOLLOW_UP;
        jdbc.sql("""
                UPDATE consultation_request SET status = ?, follow_up_round = ?, contact_made = ?, contact_with = ?, contacted_at = ?,
                    closed_at = ? WHERE id = ?""")
                .params(status, round, contactMade, contactWith, contactMade ? ts(at) : null,
                        !contactMade && round >= 2 ? ts(at) : null, id)
                .update();
    }

    void effect(long id, String inUse, Instant at) {
        jdbc.sql("UPDATE consultation_request SET status = ?, effect_in_use = ?, effect_at = ?, closed_at = ? WHERE id = ?")
                .params(ConsultationCase.VERIFIED, inUse, ts(at), ts(at), id).update();
    }

    private ConsultationCase map(ResultSet rs, int row) throws SQLException {
        ConsultationRequest request = new ConsultationRequest(rs.getString("organization"), rs.getString("requester_kind"),
                rs.getString("contact_name"), rs.getString("email"), rs.getString("phone"), rs.getString("topic"),
                rs.getString("body"));
        ConsultationCase.OrganizedIssue issue = rs.getTimestamp("organized_at") == null ? null
                : new ConsultationCase.OrganizedIssue(rs.getString("issue_business"), rs.getString("issue_current"),
                rs.getString("issue_goal"), rs.getString("issue_budget"), rs.getString("issue_timing"),
                rs.getString("issue_constraints"));
        return new ConsultationCase(rs.getLong("id"), rs.getString("status"), request, rs.getString("channel"),
                rs.getString("membership"), rs.getString("office"), instant(rs, "received_at"), rs.getString("intake_outcome"),
                rs.getString("close_reason"), rs.getString("advice"), rs.getString("advice_channel"), rs.getString("advice_notes"),
                bool(rs, "matching_wanted"), instant(rs, "advised_at"), issue, instant(rs, "organized_at"),
                bool(rs, "talent_guidance"), instant(rs, "informed_at"), rs.getInt("follow_up_round"), bool(rs, "contact_made"),
                rs.getString("contact_with"), instant(rs, "contacted_at"), rs.getString("effect_in_use"), instant(rs, "effect_at"),
                instant(rs, "closed_at"));
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}

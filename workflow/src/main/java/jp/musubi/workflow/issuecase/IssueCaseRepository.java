package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The table {@code issue_case}: each step writes its own columns. */
@Repository
class IssueCaseRepository {

    private static final String COLUMNS = """
            id, title, municipality, department, summary, submitter_username, submitter_name, submitter_email,
            status, process_instance_id, page_name, proposal_deadline, extension_count""";

    private final JdbcClient jdbc;

    IssueCaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewIssue issue, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO issue_case (title, municipality, department, summary, submitter_username, submitter_name,
                    submitter_email, status, extension_count, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                """)
                .params(issue.title().strip(), issue.municipality().strip(), issue.department().strip(), issue.summary().strip(),
                        issue.submitterUsername(), issue.submitterName().strip(), issue.submitterEmail().strip(),
                        IssueCaseStatus.HANDLING_DECISION.name(), Timestamp.from(at), Timestamp.from(at))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<IssueCase> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM issue_case WHERE id = ?").param(id).query(IssueCaseRepository::map).optional();
    }

    Optional<IssueCase> findByPage(String pageName) {
        // The newest case of the page: a page belongs to one case, but tests open their own for a seeded page.
        return jdbc.sql("SELECT " + COLUMNS + " FROM issue_case WHERE page_name = ? ORDER BY id DESC FETCH FIRST 1 ROW ONLY")
                .param(pageName).query(IssueCaseRepository::map).optional();
    }

    /** Locks the case's row for the rest of the transaction. */
    IssueCase lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM issue_case WHERE id = ? FOR UPDATE").param(id)
                .query(IssueCaseRepository::map).optional()
                .orElseThrow(() -> new CaseStateException(TEXTS.get("issuecase.issue.notFound", id)));
    }

    void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("UPDATE issue_case SET process_instance_id = ? WHERE id = ?").params(processInstanceId, id).update();
    }

    void setStatus(long id, IssueCaseStatus status, Instant at) {
        jdbc.sql("UPDATE issue_case SET status = ?, updated_at = ? WHERE id = ?")
                .params(status.name(), Timestamp.from(at), id).update();
    }

    void recordHandlingDecision(long id, String decision, String comment, String user) {
        jdbc.sql("UPDATE issue_case SET handling_decision = ?, handling_comment = ?, handling_decided_by = ? WHERE id = ?")
                .params(decision, comment, user, id).update();
    }

    Optional<String> handlingComment(long id) {
        return jdbc.sql("SELECT handling_comment FROM issue_case WHERE id = ?").param(id).query(String.class).optional();
    }

    void recordHearing(long id, String points, boolean directionClear) {
        jdbc.sql("UPDATE issue_case SET hearing_points = ?, direction_clear = ? WHERE id = ?")
                .params(points, directionClear, id).update();
    }

    void recordWorkshop(long id, String notes) {
        jdbc.sql("UPDATE issue_case SET workshop_notes = ? WHERE id = ?").params(notes, id).update();
    }

    void recordSelection(long id, SelectionScores scores, String comment, LocalDate participationDeadline,
                         Instant selectedAt) {
        jdbc.sql("""
                UPDATE issue_case SET score_suitability = ?, score_commonality = ?, score_feasibility = ?,
                    score_continuity = ?, selection_comment = ?, participation_deadline = ?, selected_at = ? WHERE id = ?
                """)
                .params(scores.suitability(), scores.commonality(), scores.feasibility(), scores.continuity(), comment,
                        participationDeadline == null ? null : Date.valueOf(participationDeadline),
                        selectedAt == null ? null : Timestamp.from(selectedAt), id)
                .update();
    }

    void recordPage(long id, String pageName, LocalDate proposalDeadline) {
        jdbc.sql("UPDATE issue_case SET page_name = ?, proposal_deadline = ? WHERE id = ?")
                .params(pageName, Date.valueOf(proposalDeadline), id).update();
    }

    /** Names the case's page before it is drafted (the demo issues' seeded items). */
    void linkPage(long id, String pageName) {
        jdbc.sql("UPDATE issue_case SET page_name = ? WHERE id = ?").params(pageName, id).update();
    }

    void recordPageComment(long id, String comment) {
        jdbc.sql("UPDATE issue_case SET page_comment = ? WHERE id = ?").params(comment, id).update();
    }

    void recordExtension(long id, LocalDate newDeadline) {
        jdbc.sql("UPDATE issue_case SET proposal_deadline = ?, extension_count = extension_count + 1 WHERE id = ?")
                .params(Date.valueOf(newDeadline), id).update();
    }

    void recordReviewComment(long id, String comment) {
        jdbc.sql("UPDATE issue_case SET review_comment = ? WHERE id = ?").params(comment, id).update();
    }

    void recordMeeting(long id, String comment, boolean demonstrationSupport) {
        jdbc.sql("UPDATE issue_case SET meeting_comment = ?, demonstration_support = ? WHERE id = ?")
                .params(comment, demonstrationSupport, id).update();
    }

    void recordDemonstrationNotes(long id, String notes) {
        jdbc.sql("UPDATE issue_case SET demonstration_notes = ? WHERE id = ?").params(notes, id).update();
    }

    private static IssueCase map(ResultSet rs, int row) throws SQLException {
        Date deadline = rs.getDate("proposal_deadline");
        return new IssueCase(rs.getLong("id"), rs.getString("title"), rs.getString("municipality"),
                rs.getString("department"), rs.getString("summary"), rs.getString("submitter_username"),
                rs.getString("submitter_name"), rs.getString("submitter_email"),
                IssueCaseStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id"),
                rs.getString("page_name"), deadline == null ? null : deadline.toLocalDate(), rs.getInt("extension_count"));
    }
}

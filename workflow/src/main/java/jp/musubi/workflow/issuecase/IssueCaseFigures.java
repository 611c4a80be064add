package jp.musubi.workflow.issuecase;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dated facts of the issue-to-matching cases for the programme's targets and reports (workflow.program):
 * what happened in a period, with the issue it belongs to. No contact data leaves here.
 */
@Service
@Transactional(readOnly = true)
public class IssueCaseFigures {

    private final JdbcClient jdbc;

    IssueCaseFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A proposal received. {@code pageName} is the issue's page in the CMS (null before it was drafted). */
    public record ReceivedProposal(long proposalId, long caseId, String issueTitle, String pageName,
                                   String organizationName, String title, String statusLabel, Instant submittedAt) {
    }

    /** One decision of a ソリューション選定会議 on one proposal. */
    public record SelectionDecisionFact(long proposalId, long caseId, String issueTitle, String pageName,
                                        String organizationName, String title, boolean selected, Instant decidedAt) {
    }

    /** An issue selected at 取組課題選定. */
    public record SelectedIssue(long caseId, String title, String municipality, Instant selectedAt) {
    }

    /** Proposals submitted in {@code [from, to)}, oldest first. */
    public List<ReceivedProposal> proposalsSubmitted(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT p.id, p.issue_case_id, c.title AS issue_title, c.page_name, p.organization_name, p.title,
                       p.status, p.submitted_at
                FROM proposal p JOIN issue_case c ON c.id = p.issue_case_id
                WHERE p.submitted_at >= ? AND p.submitted_at < ? ORDER BY p.submitted_at, p.id
                """)
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new ReceivedProposal(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), ProposalStatus.valueOf(rs.getString(7)).label(),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** Every selection-meeting decision taken in {@code [from, to)}, oldest first. */
    public List<SelectionDecisionFact> selectionDecisions(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT d.proposal_id, d.issue_case_id, c.title AS issue_title, c.page_name, p.organization_name, p.title,
                       d.selected, d.decided_at
                FROM selection_decision d JOIN issue_case c ON c.id = d.issue_case_id JOIN proposal p ON p.id = d.proposal_id
                WHERE d.decided_at >= ? AND d.decided_at < ? ORDER BY d.decided_at, d.id
                """)
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new SelectionDecisionFact(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** Issues selected at 取組課題選定 in {@code [from, to)}, oldest first. */
    public List<SelectedIssue> issuesSelected(Instant from, Instant to) {
        return jdbc.sql("""
                SELECT id, title, municipality, selected_at FROM issue_case
                WHERE selected_at >= ? AND selected_at < ? ORDER BY selected_at, id
                """)
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new SelectedIssue(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }
}

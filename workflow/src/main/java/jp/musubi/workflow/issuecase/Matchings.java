package jp.musubi.workflow.issuecase;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the matchings of an issue: the municipality's consultation partners. */
@Service
@Transactional(readOnly = true)
public class Matchings {

    private final JdbcClient jdbc;

    Matchings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Matching> forCase(long caseId) {
        return jdbc.sql("""
                SELECT proposal_id, municipality, organization_name, matched_at, consultation_status
                FROM matching WHERE issue_case_id = ? ORDER BY id
                """).param(caseId)
                .query((rs, n) -> new Matching(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }
}

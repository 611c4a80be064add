package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import java.sql.Timestamp;
import java.util.List;

import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.input.InputChecks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Other municipalities' participation intent on a selected issue, collected until the deadline set
 * at 取組課題選定 (the process waits on a timer meanwhile). A municipality may change its answer
 * until then.
 */
@Service
@Transactional
public class ParticipationIntents {

    private final IssueCaseRepository cases;
    private final ContentService content;
    private final JdbcClient jdbc;
    private final CaseClock clock;

    ParticipationIntents(IssueCaseRepository cases, ContentService content, JdbcClient jdbc, CaseClock clock) {
        this.cases = cases;
        this.content = content;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(long caseId, String municipality, boolean participates, String comment, String user) {
        record(caseId, municipality, participates ? ParticipationAnswer.JOIN : ParticipationAnswer.DECLINE, comment, user);
    }

    /** Records (or changes) a municipality's answer while intent is being collected. */
    public void record(long caseId, String municipality, ParticipationAnswer answer, String comment, String user) {
        IssueCase issueCase = cases.lock(caseId);
        if (issueCase.status() != IssueCaseStatus.COLLECTING_INTENT) {
            throw new CaseStateException(TEXTS.get("issuecase.intent.notCollecting"));
        }
        InputChecks checks = new InputChecks();
        checks.required("municipality", TEXTS.get("issuecase.label.municipality"), municipality, 80);
        checks.optional("comment", TEXTS.get("issuecase.label.comment"), comment, 1000);
        checks.check(municipality == null || municipality.isBlank()
                || content.find("municipalities", municipality.strip()).isPresent(), "municipality", TEXTS.get("issuecase.municipality.unknown"));
        checks.check(municipality == null || !municipality.strip().equals(issueCase.municipality()), "municipality",
                TEXTS.get("issuecase.intent.submitterMunicipality"));
        checks.check(answer != null, "answer", TEXTS.get("issuecase.intent.answer.required"));
        checks.throwIfAny();
        boolean participates = answer == ParticipationAnswer.JOIN;
        Timestamp now = Timestamp.from(clock.now());
        int updated = jdbc.sql("""
                UPDATE participation_intent SET participates = ?, answer = ?, comment = ?, recorded_by = ?, recorded_at = ?
                WHERE issue_case_id = ? AND municipality = ?
                """).params(participates, answer.name(), InputChecks.clean(comment), user, now, caseId, municipality.strip()).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO participation_intent (issue_case_id, municipality, participates, answer, comment, recorded_by, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """).params(caseId, municipality.strip(), participates, answer.name(), InputChecks.clean(comment), user, now).update();
        }
    }

    @Transactional(readOnly = true)
    public List<ParticipationIntent> list(long caseId) {
        return jdbc.sql("""
                SELECT municipality, participates, comment, recorded_by, answer FROM participation_intent
                WHERE issue_case_id = ? ORDER BY municipality
                """).param(caseId)
                .query((rs, n) -> new ParticipationIntent(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? (rs.getBoolean(2) ? ParticipationAnswer.JOIN : ParticipationAnswer.DECLINE)
                                : ParticipationAnswer.valueOf(rs.getString(5))))
                .list();
    }
}

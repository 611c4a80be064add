package jp.musubi.workflow.municipal;

import static jp.musubi.workflow.municipal.MunicipalTexts.TEXTS;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.issuecase.IssueCase;
import jp.musubi.workflow.issuecase.IssueCases;
import jp.musubi.workflow.issuecase.Proposal;
import jp.musubi.workflow.issuecase.ProposalStatus;
import jp.musubi.workflow.issuecase.Proposals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the matching: the selected companies of a municipality's issue with their contact people,
 * and the municipality's records 個別協議を開始した / 実証を検討する (they feed the demonstration-support
 * step and the デジタル実装 figure). Only the issue's own municipality sees or writes them.
 */
@Service
@Transactional
public class Followups {

    static final int MAX_NOTE = 1000;

    private final IssueCases cases;
    private final Proposals proposals;
    private final JdbcClient jdbc;
    private final Clock clock;

    Followups(IssueCases cases, Proposals proposals, JdbcClient jdbc, Clock clock) {
        this.cases = cases;
        this.proposals = proposals;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MatchedPartner> partners(IssueCase issueCase) {
        return proposals.forCase(issueCase.id()).stream().filter(p -> p.status() == ProposalStatus.SELECTED)
                .map(p -> new MatchedPartner(p.id(), p.organizationName(), p.title(), p.contactName(), p.contactEmail(),
                        records(p.id())))
                .toList();
    }

    /** @throws InputRefused if the proposal is not a selected one of the account's municipality's issue */
    public void record(long caseId, long proposalId, FollowupKind kind, String note, Account account) {
        IssueCase issueCase = cases.find(caseId).filter(c -> c.municipality().equals(account.municipality()))
                .orElseThrow(() -> InputRefused.general(TEXTS.get("municipal.issue.notFound")));
        Proposal proposal = proposals.forCase(issueCase.id()).stream()
                .filter(p -> p.id() == proposalId && p.status() == ProposalStatus.SELECTED).findFirst()
                .orElseThrow(() -> InputRefused.general(TEXTS.get("municipal.followup.notMatched")));
        InputChecks checks = new InputChecks();
        checks.check(kind != null, "kind", TEXTS.get("municipal.followup.kind.required"));
        String cleanNote = checks.optional("note", TEXTS.get("municipal.followup.label.note"), note, MAX_NOTE);
        checks.throwIfAny();
        int updated = jdbc.sql("UPDATE municipal_followup SET note = ?, recorded_by = ?, recorded_at = ? WHERE proposal_id = ? AND kind = ?")
                .params(cleanNote, account.username(), Timestamp.from(clock.instant()), proposal.id(), kind.name()).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO municipal_followup (issue_case_id, proposal_id, kind, note, recorded_by, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(caseId, proposal.id(), kind.name(), cleanNote, account.username(), Timestamp.from(clock.instant()))
                    .update();
        }
    }

    /** How many matched partners have a record of {@code kind} (the デジタル実装 figure counts them). */
    @Transactional(readOnly = true)
    public long count(FollowupKind kind) {
        return jdbc.sql("SELECT COUNT(*) FROM municipal_followup WHERE kind = ?").param(kind.name()).query(Long.class).single();
    }

    private List<Followup> records(long proposalId) {
        return jdbc.sql("SELECT proposal_id, kind, note, recorded_by, recorded_at FROM municipal_followup WHERE proposal_id = ? ORDER BY id")
                .param(proposalId)
                .query((rs, n) -> new Followup(rs.getLong(1), FollowupKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }
}

package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jp.musubi.cms.mail.notification.Notifications;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * マッチング: tells every proposer the outcome by mail (those excluded at the review or waiting for
 * registration as not selected), records a matching per selected proposal with the municipality's
 * consultation started, and sets the page to マッチング済 — or 終了 when nothing was selected.
 */
@Component("matchingDelegate")
class MatchingDelegate implements JavaDelegate {

    static final String CONSULTATION_STARTED = "STARTED";

    private final IssueCaseRepository cases;
    private final ProposalRepository proposals;
    private final IssuePages pages;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final CaseClock clock;

    MatchingDelegate(IssueCaseRepository cases, ProposalRepository proposals, IssuePages pages, Notifications notifications,
                     JdbcClient jdbc, CaseClock clock) {
        this.cases = cases;
        this.proposals = proposals;
        this.pages = pages;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IssueCase issueCase = cases.lock(CaseIds.of(execution));
        Instant now = clock.now();
        List<Proposal> all = proposals.forCase(issueCase.id());
        int matched = 0;
        for (Proposal proposal : all) {
            boolean selected = proposal.status() == ProposalStatus.SELECTED;
            notifications.send(new ProposalOutcome(proposal.contactEmail(), proposal.contactName(),
                    proposal.organizationName(), issueCase.title(), proposal.title(), selected, reason(proposal)));
            if (selected) {
                jdbc.sql("""
                        INSERT INTO matching (issue_case_id, proposal_id, municipality, organization_name, matched_at,
                            consultation_status, consultation_started_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """).params(issueCase.id(), proposal.id(), issueCase.municipality(), proposal.organizationName(),
                        Timestamp.from(now), CONSULTATION_STARTED, Timestamp.from(now)).update();
                matched++;
            }
        }
        boolean demonstration = Boolean.TRUE.equals(execution.getVariable("demonstrationSupport"));
        pages.changePublicStatus(issueCase.id(), matched > 0 ? PublicStatus.MATCHED : PublicStatus.CLOSED);
        cases.setStatus(issueCase.id(), matched == 0 ? IssueCaseStatus.CLOSED
                : demonstration ? IssueCaseStatus.SUPPORTING : IssueCaseStatus.MATCHED, now);
    }

    private String reason(Proposal proposal) {
        return switch (proposal.status()) {
            case SELECTED, NOT_SELECTED -> jdbc.sql("SELECT reason FROM selection_decision WHERE proposal_id = ?")
                    .param(proposal.id()).query(String.class).optional().orElse(null);
            case WAITING_FOR_REGISTRATION, REGISTRATION_DECLINED -> TEXTS.get("issuecase.outcome.reason.notRegistered");
            default -> TEXTS.get("issuecase.outcome.reason.notEligible");
        };
    }
}

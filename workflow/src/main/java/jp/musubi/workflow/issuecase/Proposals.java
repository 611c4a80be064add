package jp.musubi.workflow.issuecase;

import java.time.Instant;
import java.util.List;

import jp.musubi.workflow.membership.MembershipApplication;
import jp.musubi.workflow.membership.MembershipApplications;

import jp.musubi.cms.mail.notification.Notifications;
import jp.musubi.cms.mail.notification.ProposalReceived;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ソリューション提案: members propose while the call is open (the process waits on the deadline
 * timer). A non-member registers while proposing: the proposal is received with status
 * {@link ProposalStatus#WAITING_FOR_REGISTRATION} and becomes {@link ProposalStatus#SUBMITTED}
 * when the membership is approved ({@link #registrationCompleted}); it counts as a proposal at the
 * deadline, but cannot go on to selection while still waiting.
 */
@Service
@Transactional
public class Proposals {

    private final IssueCaseRepository cases;
    private final ProposalRepository proposals;
    private final Notifications notifications;
    private final CaseClock clock;
    private final MembershipApplications memberships;

    Proposals(IssueCaseRepository cases, ProposalRepository proposals, Notifications notifications, CaseClock clock,
              MembershipApplications memberships) {
        this.memberships = memberships;
        this.cases = cases;
        this.proposals = proposals;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Receives a proposal and confirms it to the proposer by mail. @return the proposal id */
    public long submit(long caseId, NewProposal proposal, String user) {
        IssueCase issueCase = cases.lock(caseId);
        if (issueCase.status() != IssueCaseStatus.RECRUITING) {
            throw new CaseStateException("この課題は現在ソリューション提案を募集していません。");
        }
        Errors errors = new Errors()
                .required("organizationName", proposal.organizationName(), "提案者（組織名）", 200)
                .required("contactName", proposal.contactName(), "担当者名", 100)
                .required("contactEmail", proposal.contactEmail(), "担当者のメールアドレス", 254)
                .required("title", proposal.title(), "提案のタイトル", 200)
                .required("summary", proposal.summary(), "提案の概要", 4000);
        errors.check(proposal.contactEmail() == null || proposal.contactEmail().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                "contactEmail", "担当者のメールアドレスの形式が正しくありません。");
        errors.check(proposal.organizationId() == null || proposals.organizationName(proposal.organizationId()).isPresent(),
                "organizationId", "会員が見つかりません。");
        errors.throwIfAny();
        Instant now = clock.now();
        ProposalStatus status = proposal.organizationId() == null ? ProposalStatus.WAITING_FOR_REGISTRATION : ProposalStatus.SUBMITTED;
        long id = proposals.insert(caseId, proposal, status, user, now);
        notifications.proposalReceived(new ProposalReceived(proposal.contactEmail().strip(), proposal.contactName().strip(),
                proposal.organizationName().strip(), issueCase.title(), proposal.title().strip(), now));
        return id;
    }

    /**
     * 会員登録しながら提案: a non-member's proposal and membership application, received together (both or
     * neither). The proposal waits for the application's screening: approval makes it a member's
     * proposal ({@link #registrationCompleted}), a decline takes it out of the selection.
     *
     * @throws CaseValidationException or {@code MembershipInputException} with Japanese messages; nothing is stored
     */
    public ProposalWithRegistration submitWithRegistration(long caseId, NewProposal proposal,
                                                           MembershipApplication application, String user) {
        if (proposal.organizationId() != null) {
            throw CaseValidationException.of("organizationId", "会員の方はログインしてから提案してください。");
        }
        long proposalId = submit(caseId, proposal, user);
        long applicationId = memberships.apply(application);
        proposals.setMembershipApplication(proposalId, applicationId);
        return new ProposalWithRegistration(proposalId, applicationId);
    }

    /** The membership application sent with the proposals was declined: they leave the selection. */
    void registrationDeclined(long applicationId) {
        for (long proposalId : proposals.waitingFor(applicationId)) {
            Proposal proposal = proposals.find(proposalId).orElseThrow();
            cases.lock(proposal.issueCaseId());
            proposals.setStatus(proposalId, ProposalStatus.REGISTRATION_DECLINED);
        }
    }

    /** The membership application sent with the proposals was approved. */
    void registrationApproved(long applicationId, long organizationId) {
        for (long proposalId : proposals.waitingFor(applicationId)) {
            registrationCompleted(proposalId, organizationId);
        }
    }

    /** The non-member proposer's membership was approved: the proposal is now a member's. */
    public void registrationCompleted(long proposalId, long organizationId) {
        Proposal proposal = proposals.find(proposalId).orElseThrow(() -> new CaseStateException("提案が見つかりません。"));
        cases.lock(proposal.issueCaseId());
        if (proposal.status() != ProposalStatus.WAITING_FOR_REGISTRATION) {
            throw new CaseStateException("この提案は会員登録待ちではありません。");
        }
        if (proposals.organizationName(organizationId).isEmpty()) {
            throw CaseValidationException.of("organizationId", "会員が見つかりません。");
        }
        proposals.setOrganization(proposalId, organizationId, ProposalStatus.SUBMITTED);
    }

    @Transactional(readOnly = true)
    public List<Proposal> forCase(long caseId) {
        return proposals.forCase(caseId);
    }

    /** A member organization's own proposals, newest first: the member portal shows nothing else. */
    @Transactional(readOnly = true)
    public List<Proposal> forOrganization(long organizationId) {
        return proposals.forOrganization(organizationId);
    }
}

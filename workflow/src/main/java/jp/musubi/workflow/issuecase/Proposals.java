package jp.musubi.workflow.issuecase;

import static jp.musubi.workflow.issuecase.IssueCaseTexts.TEXTS;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.musubi.cms.asset.Asset;
import jp.musubi.cms.asset.AssetRejectedException;
import jp.musubi.cms.asset.AssetService;
import jp.musubi.cms.asset.AssetType;

import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.membership.MembershipApplication;
import jp.musubi.workflow.membership.MembershipApplications;

import jp.musubi.cms.mail.notification.Notifications;
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
    private final ProposalAttachmentRepository attachments;
    private final AssetService assets;

    /** At most this many files go with one proposal. */
    public static final int MAX_ATTACHMENTS = 3;
    /** The kinds of file a proposal may carry (checked on the bytes by the asset service). */
    static final Set<String> ATTACHMENT_TYPES = Set.of("application/pdf", "image/png", "image/jpeg");

    Proposals(IssueCaseRepository cases, ProposalRepository proposals, Notifications notifications, CaseClock clock,
              MembershipApplications memberships, ProposalAttachmentRepository attachments, AssetService assets) {
        this.memberships = memberships;
        this.attachments = attachments;
        this.assets = assets;
        this.cases = cases;
        this.proposals = proposals;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Receives a proposal and confirms it to the proposer by mail. @return the proposal id */
    public long submit(long caseId, NewProposal proposal, String user) {
        return submit(caseId, proposal, List.of(), user);
    }

    /**
     * Receives a proposal with up to {@link #MAX_ATTACHMENTS} files (PDF, PNG, JPEG; each within the asset
     * size limit), all in one transaction: a refused file stores neither the proposal nor any file.
     *
     * @return the proposal id
     * @throws InputRefused with the file's problem under {@code attachments}
     */
    public long submit(long caseId, NewProposal proposal, List<AttachmentUpload> files, String user) {
        IssueCase issueCase = cases.lock(caseId);
        if (issueCase.status() != IssueCaseStatus.RECRUITING) {
            throw new CaseStateException(TEXTS.get("issuecase.proposal.callNotOpen"));
        }
        InputChecks checks = new InputChecks();
        checks.required("organizationName", TEXTS.get("issuecase.label.organizationName"), proposal.organizationName(), 200);
        checks.required("contactName", TEXTS.get("issuecase.label.contactName"), proposal.contactName(), 100);
        checks.required("contactEmail", TEXTS.get("issuecase.label.contactEmail"), proposal.contactEmail(), 254);
        checks.required("title", TEXTS.get("issuecase.label.proposalTitle"), proposal.title(), 200);
        checks.required("summary", TEXTS.get("issuecase.label.proposalSummary"), proposal.summary(), 4000);
        checks.check(proposal.contactEmail() == null || proposal.contactEmail().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                "contactEmail", TEXTS.get("issuecase.proposal.contactEmail.invalid"));
        checks.check(proposal.organizationId() == null || proposals.organizationName(proposal.organizationId()).isPresent(),
                "organizationId", TEXTS.get("issuecase.proposal.organization.unknown"));
        checks.throwIfAny();
        Instant now = clock.now();
        ProposalStatus status = proposal.organizationId() == null ? ProposalStatus.WAITING_FOR_REGISTRATION : ProposalStatus.SUBMITTED;
        long id = proposals.insert(caseId, proposal, status, user, now);
        attach(id, files, user);
        notifications.send(new ProposalReceived(proposal.contactEmail().strip(), proposal.contactName().strip(),
                proposal.organizationName().strip(), issueCase.title(), proposal.title().strip(), now));
        return id;
    }

    private void attach(long proposalId, List<AttachmentUpload> files, String user) {
        if (files.size() > MAX_ATTACHMENTS) {
            throw InputRefused.of("attachments", TEXTS.get("issuecase.attachment.tooMany", MAX_ATTACHMENTS));
        }
        for (int i = 0; i < files.size(); i++) {
            AttachmentUpload file = files.get(i);
            String which = files.size() == 1 ? TEXTS.get("issuecase.attachment.single") : TEXTS.get("issuecase.attachment.nth", i + 1);
            String shownName = file.filename() == null || file.filename().isBlank() ? "" : TEXTS.get("issuecase.attachment.name", file.filename());
            Asset asset;
            try (InputStream in = file.content().getInputStream()) {
                asset = assets.uploadRestricted(file.filename(), in, user);
            } catch (AssetRejectedException e) {
                // The asset library names every kind it takes; a proposal takes fewer.
                throw InputRefused.of("attachments", TEXTS.get("issuecase.attachment.rejected", which, shownName,
                        e.getMessage().replace(AssetType.ALLOWED_LABEL, TEXTS.get("issuecase.attachment.allowedTypes"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // The asset service takes GIF and WebP too; a proposal only PDF and the common image kinds.
            if (!ATTACHMENT_TYPES.contains(asset.mediaType())) {
                throw InputRefused.of("attachments", TEXTS.get("issuecase.attachment.wrongType", which, shownName));
            }
            attachments.insert(new ProposalAttachment(proposalId, asset.id(), asset.filename(), i + 1));
        }
    }

    /** The files attached to each of the given proposals (proposal id → files in order). */
    @Transactional(readOnly = true)
    public Map<Long, List<ProposalAttachment>> attachments(Collection<Long> proposalIds) {
        Map<Long, List<ProposalAttachment>> byProposal = new LinkedHashMap<>();
        for (ProposalAttachment attachment : attachments.forProposals(proposalIds)) {
            byProposal.computeIfAbsent(attachment.proposalId(), id -> new ArrayList<>()).add(attachment);
        }
        return byProposal;
    }

    /**
     * 会員登録しながら提案: a non-member's proposal and membership application, received together (both or
     * neither). The proposal waits for the application's screening: approval makes it a member's
     * proposal ({@link #registrationCompleted}), a decline takes it out of the selection.
     *
     * @throws InputRefused or {@code InputRefused} with Japanese messages; nothing is stored
     */
    public ProposalWithRegistration submitWithRegistration(long caseId, NewProposal proposal,
                                                           MembershipApplication application, String user) {
        if (proposal.organizationId() != null) {
            throw InputRefused.of("organizationId", TEXTS.get("issuecase.proposal.loginFirst"));
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
        Proposal proposal = proposals.find(proposalId).orElseThrow(() -> new CaseStateException(TEXTS.get("issuecase.proposal.notFound")));
        cases.lock(proposal.issueCaseId());
        if (proposal.status() != ProposalStatus.WAITING_FOR_REGISTRATION) {
            throw new CaseStateException(TEXTS.get("issuecase.proposal.notWaitingForRegistration"));
        }
        if (proposals.organizationName(organizationId).isEmpty()) {
            throw InputRefused.of("organizationId", TEXTS.get("issuecase.proposal.organization.unknown"));
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

package jp.musubi.workflow.issuecase;

import java.util.Optional;
import java.util.Set;

import jp.musubi.cms.asset.Asset;
import jp.musubi.cms.asset.AssetService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files attached to proposals, which are restricted assets ({@code /dam} never serves them): the staff
 * see every one, the proposing organization its own, and the issue's municipality those of the proposals
 * that went into the selection once a ソリューション選定ヒアリング was held (before that it sees only
 * how many proposals came). Anyone else is told nothing, not even that the file exists.
 */
@Service
@Transactional(readOnly = true)
public class ProposalFiles {

    /** The proposals a municipality may read after the hearing: those taken into the selection. */
    private static final Set<ProposalStatus> IN_SELECTION = Set.of(ProposalStatus.UNDER_SELECTION,
            ProposalStatus.SELECTED, ProposalStatus.NOT_SELECTED);

    private final ProposalRepository proposals;
    private final ProposalAttachmentRepository attachments;
    private final IssueCaseRepository cases;
    private final SelectionSteps selection;
    private final AssetService assets;

    ProposalFiles(ProposalRepository proposals, ProposalAttachmentRepository attachments, IssueCaseRepository cases,
                  SelectionSteps selection, AssetService assets) {
        this.proposals = proposals;
        this.attachments = attachments;
        this.cases = cases;
        this.selection = selection;
        this.assets = assets;
    }

    /** The file at {@code position} of the proposal, if it exists and {@code reader} may see it. */
    public Optional<Asset> file(long proposalId, int position, ProposalFileReader reader) {
        return proposals.find(proposalId).filter(proposal -> mayRead(proposal, reader))
                .flatMap(proposal -> attachments.forProposals(Set.of(proposalId)).stream()
                        .filter(a -> a.position() == position).findFirst())
                .flatMap(attachment -> assets.find(attachment.assetId()));
    }

    /** Whether the issue's municipality may read the proposal's files (and see it beyond the count). */
    public boolean openToMunicipality(Proposal proposal) {
        return IN_SELECTION.contains(proposal.status()) && !selection.hearings(proposal.issueCaseId()).isEmpty();
    }

    private boolean mayRead(Proposal proposal, ProposalFileReader reader) {
        if (reader.staff()) {
            return true;
        }
        if (reader.organizationId() != null && reader.organizationId().equals(proposal.organizationId())) {
            return true;
        }
        return reader.municipality() != null
                && cases.find(proposal.issueCaseId()).map(IssueCase::municipality).filter(reader.municipality()::equals).isPresent()
                && openToMunicipality(proposal);
    }
}

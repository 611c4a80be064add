package jp.musubi.workflow.issuecase;

import java.util.UUID;

/**
 * A file attached to a proposal: a restricted asset ({@code /dam} answers 404), served at {@link #url()}
 * only to the people {@link ProposalFiles} names, never on public pages.
 *
 * @param position 1, 2, 3 in the order the proposer sent them
 */
public record ProposalAttachment(long proposalId, UUID assetId, String filename, int position) {

    public String url() {
        return ProposalFileController.PATH + proposalId + "/" + position;
    }
}

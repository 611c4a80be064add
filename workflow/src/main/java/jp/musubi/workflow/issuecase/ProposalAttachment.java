package jp.musubi.workflow.issuecase;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.web.util.UriUtils;

/**
 * A file attached to a proposal. It is served at {@link #url()} to anyone with the link, so it is shown
 * only to the proposer and to staff, never on public pages.
 *
 * @param position 1, 2, 3 in the order the proposer sent them
 */
public record ProposalAttachment(long proposalId, UUID assetId, String filename, int position) {

    public String url() {
        return "/dam/" + assetId + "/" + UriUtils.encodePathSegment(filename, StandardCharsets.UTF_8);
    }
}

package jp.musubi.workflow.municipal;

import java.util.UUID;

/**
 * A related document attached to a municipal issue: a restricted CMS asset ({@code /dam} answers 404),
 * served at {@link #url()} to the issue's municipality and the staff only, never on public pages.
 */
public record IssueAttachment(long issueId, int position, UUID assetId, String filename) {

    public String url() {
        return IssueAttachmentController.PATH + issueId + "/" + position;
    }
}

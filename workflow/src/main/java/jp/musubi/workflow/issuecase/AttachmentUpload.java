package jp.musubi.workflow.issuecase;

import org.springframework.core.io.InputStreamSource;

/**
 * A file a proposer sends with a proposal, not yet stored.
 *
 * @param filename the name the browser sent (may be null)
 * @param content  the bytes (a multipart file is one)
 */
public record AttachmentUpload(String filename, InputStreamSource content) {
}

package jp.musubi.workflow.issuecase;

import java.util.List;

/**
 * Documents that came with a case from the feature that started it (the municipality's related documents),
 * listed on the case's inbox task pages. Implemented by the feature that holds them.
 */
public interface IssueDocumentSource {

    /** The documents of the case, each with a label and an address only staff and its owners can open. */
    List<IssueDocument> documents(long issueCaseId);

    /** A linked document. */
    record IssueDocument(String label, String href) {
    }
}

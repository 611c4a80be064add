package jp.musubi.workflow.municipal;

import static jp.musubi.workflow.municipal.MunicipalTexts.TEXTS;

import java.util.List;

import jp.musubi.workflow.issuecase.IssueDocumentSource;
import org.springframework.stereotype.Component;

/** The related documents the municipality sent with its issue, on every inbox task of the case. */
@Component
class MunicipalIssueDocuments implements IssueDocumentSource {

    private final MunicipalIssues issues;

    MunicipalIssueDocuments(MunicipalIssues issues) {
        this.issues = issues;
    }

    @Override
    public List<IssueDocument> documents(long issueCaseId) {
        return issues.forCase(issueCaseId).map(issue -> issue.attachments().stream()
                        .map(a -> new IssueDocument(TEXTS.get("municipal.attachment.inboxLink", a.filename()), a.url())).toList())
                .orElse(List.of());
    }
}

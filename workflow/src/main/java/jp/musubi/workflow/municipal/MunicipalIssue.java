package jp.musubi.workflow.municipal;

import java.time.Instant;
import java.util.List;

/**
 * An issue as its municipality drafted it; {@code issueCaseId} once submitted. The contact person is
 * the department's and stays private to staff.
 */
public record MunicipalIssue(long id, String municipality, IssueDraftInput input, int version, Long issueCaseId,
                             String createdBy, Instant updatedAt, Instant submittedAt, List<IssueAttachment> attachments) {

    public boolean submitted() {
        return issueCaseId != null;
    }
}

package jp.musubi.workflow.issuecase;

import java.time.LocalDate;

/**
 * A submitted issue (課題) and where it stands. The submitter's contact is personal data: it is
 * used for mails and the page's staff-only contact fields, never published.
 *
 * @param municipality the {@code @name} of the municipality item in the CMS
 * @param pageName     the issue page's {@code @name} in the CMS workspace {@code issues}, once drafted
 */
public record IssueCase(long id, String title, String municipality, String department, String summary,
                        String submitterUsername, String submitterName, String submitterEmail,
                        IssueCaseStatus status, String processInstanceId, String pageName,
                        LocalDate proposalDeadline, int extensionCount) {
}

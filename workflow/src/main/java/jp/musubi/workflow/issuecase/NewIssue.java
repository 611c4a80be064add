package jp.musubi.workflow.issuecase;

/**
 * An issue as a municipal staff member submits it.
 *
 * @param municipality the {@code @name} of the submitter's municipality item in the CMS
 */
public record NewIssue(String title, String municipality, String department, String summary,
                       String submitterUsername, String submitterName, String submitterEmail) {
}

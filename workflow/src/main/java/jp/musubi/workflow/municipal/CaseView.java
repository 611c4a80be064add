package jp.musubi.workflow.municipal;

import java.util.List;

import jp.musubi.workflow.issuecase.CaseDecision;
import jp.musubi.workflow.issuecase.IssueCase;

/**
 * One of the municipality's issues as 自分の課題 shows it.
 *
 * @param next    what happens next, in Japanese
 * @param dueDate the date the next step waits for, formatted, or null
 * @param pageUrl the published issue page, or null
 */
public record CaseView(IssueCase issueCase, MunicipalStep step, String next, String dueDate, List<CaseDecision> decisions,
                       String pageUrl, int proposalCount, MunicipalIssue submission) {
}

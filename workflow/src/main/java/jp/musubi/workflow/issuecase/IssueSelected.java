package jp.musubi.workflow.issuecase;

import java.time.LocalDate;

/**
 * Published when 取組課題選定 selects an issue: other municipalities are asked for their
 * participation intent until {@code participationDeadline}.
 */
public record IssueSelected(long caseId, String title, String municipality, LocalDate participationDeadline) {
}

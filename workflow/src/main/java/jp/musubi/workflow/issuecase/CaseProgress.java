package jp.musubi.workflow.issuecase;

import java.time.LocalDate;
import java.util.List;

/**
 * Where an issue case stands, for the municipality that submitted it: no proposal content, only
 * how many there are.
 *
 * @param dueDate               the date the current step waits for (participation deadline, proposal deadline), or null
 * @param participationDeadline the deadline for other municipalities' participation intent, once selected
 * @param pagePublished         whether the issue page ({@code pageName}) is on the public site
 */
public record CaseProgress(IssueCase issueCase, List<CaseDecision> decisions, LocalDate dueDate,
                           LocalDate participationDeadline, boolean pagePublished, int proposalCount) {
}

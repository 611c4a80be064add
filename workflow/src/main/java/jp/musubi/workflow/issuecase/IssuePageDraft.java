package jp.musubi.workflow.issuecase;

import java.time.LocalDate;
import java.util.List;

/**
 * The issue page as the secretariat drafts it: background, current situation and direction in plain
 * language (rich text as HTML). Municipality, department, contact and publicStatus come from the case.
 *
 * @param scope wide-area / common / local, or null
 */
public record IssuePageDraft(String title, String summary, String background, String currentSituation,
                             String direction, List<String> tags, String scope, LocalDate proposalDeadline) {
}

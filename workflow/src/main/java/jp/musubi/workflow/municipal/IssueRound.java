package jp.musubi.workflow.municipal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * 課題募集: one round of the call for issues; issues are submitted in it while it is open.
 *
 * @param announcedAt when its opening was mailed to the municipalities, or null
 * @param issueCount  how many issues were submitted in it
 */
public record IssueRound(long id, String title, LocalDate opensOn, LocalDate closesOn, String guidance,
                         Instant announcedAt, int issueCount) {

    /** Open on {@code day}: from its first to its last day, both included. */
    public boolean openOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}

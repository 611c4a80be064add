package jp.musubi.workflow.issuecase;

/**
 * 参加意向: whether a municipality other than the submitter's joins the discussion of an issue.
 *
 * @param participates true only for {@link ParticipationAnswer#JOIN} (what the tally counts)
 */
public record ParticipationIntent(String municipality, boolean participates, String comment, String recordedBy,
                                  ParticipationAnswer answer) {
}

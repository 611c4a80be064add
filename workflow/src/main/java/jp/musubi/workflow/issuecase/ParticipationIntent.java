package jp.musubi.workflow.issuecase;

/** 参加意向: whether a municipality other than the submitter's joins the discussion of an issue. */
public record ParticipationIntent(String municipality, boolean participates, String comment, String recordedBy) {
}

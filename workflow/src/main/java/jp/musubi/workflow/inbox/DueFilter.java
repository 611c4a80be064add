package jp.musubi.workflow.inbox;

/** The due date filter of the inbox. */
public enum DueFilter {
    /** Past the due date. */
    OVERDUE,
    /** Due from now until the end of this week (Sunday, Japan time). */
    THIS_WEEK,
    /** No due date. */
    NONE
}

package jp.musubi.workflow.issuecase;

/** What the アイデア創出ワークショップ concluded. */
public enum WorkshopOutcome {
    /** A direction emerged: the issue goes (back) to 取組課題選定. */
    SELECTION,
    /** No prospect: the case ends. */
    CLOSE
}

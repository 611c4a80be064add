package jp.musubi.workflow.exhibition;

/** Where a member's exhibitor application stands. */
public enum ApplicationStatus {
    APPLIED,
    SELECTED,
    DECLINED
}

package jp.musubi.workflow.approval;

/** The approver's decision on a publication request (stored by name). */
public enum PublicationDecision {
    APPROVED,
    REJECTED
}

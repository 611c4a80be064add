package jp.musubi.workflow.issuecase;

/** Where a solution proposal stands. */
public enum ProposalStatus {
    /** From a non-member who applied for membership while proposing: counts as received, but cannot be selected until registered. */
    WAITING_FOR_REGISTRATION("会員登録待ち"),
    /** The membership application sent with it was declined: it does not take part in the selection. */
    REGISTRATION_DECLINED("会員登録見送り"),
    SUBMITTED("受付済み"),
    /** Passed the proposal review: goes to the selection hearings and meeting. */
    UNDER_SELECTION("選定中"),
    /** Not taken into selection at the proposal review. */
    EXCLUDED("審査で対象外"),
    SELECTED("選定"),
    NOT_SELECTED("非選定");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

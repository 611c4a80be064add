package jp.musubi.workflow.issuecase;

/** Where a solution proposal stands. */
public enum ProposalStatus {
    /** From a non-member who applied for membership while proposing: counts as received, but cannot be selected until registered. */
    WAITING_FOR_REGISTRATION(IssueCaseTexts.TEXTS.get("issuecase.proposalStatus.waitingForRegistration")),
    /** The membership application sent with it was declined: it does not take part in the selection. */
    REGISTRATION_DECLINED(IssueCaseTexts.TEXTS.get("issuecase.proposalStatus.registrationDeclined")),
    SUBMITTED(IssueCaseTexts.TEXTS.get("issuecase.proposalStatus.submitted")),
    /** Passed the proposal review: goes to the selection hearings and meeting. */
    UNDER_SELECTION(IssueCaseTexts.TEXTS.get("issuecase.proposalStatus.underSelection")),
    /** Not taken into selection at the proposal review. */
    EXCLUDED(IssueCaseTexts.TEXTS.get("issuecase.proposalStatus.excluded")),
    SELECTED(IssueCaseTexts.TEXTS.get("issuecase.proposalStatus.selected")),
    NOT_SELECTED(IssueCaseTexts.TEXTS.get("issuecase.proposalStatus.notSelected"));

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

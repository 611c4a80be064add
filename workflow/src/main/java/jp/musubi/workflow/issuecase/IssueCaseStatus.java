package jp.musubi.workflow.issuecase;

/** Where an issue case stands in the issue-to-matching process. */
public enum IssueCaseStatus {
    HANDLING_DECISION(IssueCaseTexts.TEXTS.get("issuecase.caseStatus.handlingDecision")),
    DECLINED(IssueCaseTexts.TEXTS.get("issuecase.caseStatus.declined")),
    OTHER_PROGRAM(IssueCaseTexts.TEXTS.get("issuecase.caseStatus.otherProgram")),
    ORGANIZING(IssueCaseTexts.TEXTS.get("issuecase.caseStatus.organizing")),
    IDEA_WORKSHOP(IssueCaseTexts.TEXTS.get("issuecase.caseStatus.ideaWorkshop")),
    SELECTION(IssueCaseTexts.TEXTS.get("issuecase.caseStatus.selection")),
    NOT_SELECTED(IssueCaseTexts.TEXTS.get("issuecase.caseStatus.notSelected")),
    COLLECTING_INTENT(IssueCaseTexts.TEXTS.get("issuecase.caseStatus.collectingIntent")),
    PAGE_DRAFTING(IssueCaseTexts.TEXTS.get("issuecase.caseStatus.pageDrafting")),
    PAGE_APPROVAL(IssueCaseTexts.TEXTS.get("issuecase.caseStatus.pageApproval")),
    RECRUITING(IssueCaseTexts.TEXTS.get("issuecase.caseStatus.recruiting")),
    EXTENSION_DECISION(IssueCaseTexts.TEXTS.get("issuecase.caseStatus.extensionDecision")),
    REVIEWING(IssueCaseTexts.TEXTS.get("issuecase.caseStatus.reviewing")),
    SELECTING(IssueCaseTexts.TEXTS.get("issuecase.caseStatus.selecting")),
    MATCHED(IssueCaseTexts.TEXTS.get("issuecase.caseStatus.matched")),
    SUPPORTING(IssueCaseTexts.TEXTS.get("issuecase.caseStatus.supporting")),
    COMPLETED(IssueCaseTexts.TEXTS.get("issuecase.caseStatus.completed")),
    CLOSED(IssueCaseTexts.TEXTS.get("issuecase.caseStatus.closed"));

    private final String label;

    IssueCaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

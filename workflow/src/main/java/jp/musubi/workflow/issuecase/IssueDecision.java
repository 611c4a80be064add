package jp.musubi.workflow.issuecase;

/** The prefecture's 取扱判断 on a submitted issue. */
public enum IssueDecision {
    HANDLE(IssueCaseTexts.TEXTS.get("issuecase.decision.handle.label"),
            IssueCaseTexts.TEXTS.get("issuecase.decision.handle.explanation")),
    OTHER_PROGRAM(IssueCaseTexts.TEXTS.get("issuecase.decision.otherProgram.label"),
            IssueCaseTexts.TEXTS.get("issuecase.decision.otherProgram.explanation")),
    DECLINE(IssueCaseTexts.TEXTS.get("issuecase.decision.decline.label"),
            IssueCaseTexts.TEXTS.get("issuecase.decision.decline.explanation"));

    private final String label;
    private final String explanation;

    IssueDecision(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    /** What happens next, in a sentence for the submitter. */
    public String explanation() {
        return explanation;
    }
}

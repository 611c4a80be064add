package jp.musubi.workflow.issuecase;

/** 参加意向の回答: another municipality joins, does not join, or is still considering. */
public enum ParticipationAnswer {
    JOIN(IssueCaseTexts.TEXTS.get("issuecase.intent.answer.join")),
    DECLINE(IssueCaseTexts.TEXTS.get("issuecase.intent.answer.decline")),
    CONSIDERING(IssueCaseTexts.TEXTS.get("issuecase.intent.answer.considering"));

    private final String label;

    ParticipationAnswer(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

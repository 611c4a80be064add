package jp.musubi.workflow.issuecase;

/** The {@code publicStatus} of an issue page, as the site and the delivery API show it. */
public enum PublicStatus {
    RECRUITING("recruiting", IssueCaseTexts.TEXTS.get("issuecase.publicStatus.recruiting")),
    SELECTING("selecting", IssueCaseTexts.TEXTS.get("issuecase.publicStatus.selecting")),
    MATCHED("matched", IssueCaseTexts.TEXTS.get("issuecase.publicStatus.matched")),
    CLOSED("closed", IssueCaseTexts.TEXTS.get("issuecase.publicStatus.closed"));

    private final String value;
    private final String label;

    PublicStatus(String value, String label) {
        this.value = value;
        this.label = label;
    }

    /** The stored option value of the {@code issue} content type. */
    public String value() {
        return value;
    }

    public String label() {
        return label;
    }
}

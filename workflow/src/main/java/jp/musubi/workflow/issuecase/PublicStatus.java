package jp.musubi.workflow.issuecase;

/** The {@code publicStatus} of an issue page, as the site and the delivery API show it. */
public enum PublicStatus {
    RECRUITING("recruiting", "募集中"),
    SELECTING("selecting", "選定中"),
    MATCHED("matched", "マッチング済"),
    CLOSED("closed", "終了");

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

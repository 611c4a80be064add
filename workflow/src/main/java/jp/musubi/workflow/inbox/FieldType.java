package jp.musubi.workflow.inbox;

/** How a form field is shown and read. */
public enum FieldType {
    /** Several lines of text. */
    TEXTAREA,
    /** One line of text. */
    LINE,
    /** One of several options, as a select (optional unless required). */
    SELECT,
    /** A date (input type=date, ISO yyyy-MM-dd). */
    DATE,
    /** One of a few options, as radio buttons. */
    CHOICE,
    /** A score 1–5, as a select. */
    SCORE,
    /** A confirmation checkbox. */
    CHECK
}

package jp.musubi.workflow.survey;

import static jp.musubi.workflow.survey.SurveyTexts.TEXTS;

/** What a question asks for. */
public enum QuestionKind {
    /** one of the choices */
    SINGLE,
    /** any of the choices */
    MULTIPLE,
    /** a number on a scale, e.g. 1–5, with labels at both ends */
    SCALE,
    /** free text up to a length */
    TEXT;

    public String label() {
        return TEXTS.get(SurveyTexts.KIND + name());
    }

    boolean hasChoices() {
        return this == SINGLE || this == MULTIPLE;
    }
}

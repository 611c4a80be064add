package jp.musubi.workflow.exhibition;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the exhibitions, from {@code i18n/exhibition.properties}. */
final class ExhibitionTexts {

    static final Messages TEXTS = Messages.of("i18n/exhibition");

    /** Key prefix of the application states (exhibition.status.APPLIED …). */
    static final String STATUS = "exhibition.status.";

    /** Key prefix of the messages after a decision (exhibition.decision.done.SELECTED …). */
    static final String DECISION_DONE = "exhibition.decision.done.";

    private ExhibitionTexts() {
    }
}

package jp.musubi.workflow.survey;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the surveys, from {@code i18n/survey.properties}. */
final class SurveyTexts {

    static final Messages TEXTS = Messages.of("i18n/survey");

    /** Key prefix of the question kinds' labels (survey.kind.SINGLE …). */
    static final String KIND = "survey.kind.";

    /** Key prefix of the target sources' labels (survey.source.MEMBERS …). */
    static final String SOURCE = "survey.source.";

    private SurveyTexts() {
    }
}

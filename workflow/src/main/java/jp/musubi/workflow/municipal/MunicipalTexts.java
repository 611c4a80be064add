package jp.musubi.workflow.municipal;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the municipal area, in {@code i18n/municipal.properties}. */
final class MunicipalTexts {

    static final Messages TEXTS = Messages.of("i18n/municipal");

    private MunicipalTexts() {
    }
}

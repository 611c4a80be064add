package jp.musubi.workflow.consultation;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the DX consultation, from {@code i18n/consultation.properties}. */
final class ConsultationTexts {

    static final Messages TEXTS = Messages.of("i18n/consultation");

    private ConsultationTexts() {
    }

    /** The label of one value of a group of keys, e.g. {@code consultation.status} and {@code VERIFIED}. */
    static String option(String group, String value) {
        return TEXTS.get(group + "." + value);
    }
}

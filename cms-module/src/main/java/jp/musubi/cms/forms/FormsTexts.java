package jp.musubi.cms.forms;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the public forms, from {@code i18n/forms.properties}. */
final class FormsTexts {

    static final Messages TEXTS = Messages.of("i18n/forms");

    private FormsTexts() {
    }
}

package jp.musubi.cms.authoring;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the authoring API, from {@code i18n/authoring.properties}. */
final class AuthoringTexts {

    static final Messages TEXTS = Messages.of("i18n/authoring");

    private AuthoringTexts() {
    }
}

package jp.musubi.cms.mail;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the mail outbox, from {@code i18n/mail.properties}. */
final class MailTexts {

    static final Messages TEXTS = Messages.of("i18n/mail");

    private MailTexts() {
    }
}

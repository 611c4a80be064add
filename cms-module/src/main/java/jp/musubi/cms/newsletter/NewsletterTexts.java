package jp.musubi.cms.newsletter;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the newsletter, from {@code i18n/newsletter.properties}. */
final class NewsletterTexts {

    static final Messages TEXTS = Messages.of("i18n/newsletter");

    private NewsletterTexts() {
    }
}

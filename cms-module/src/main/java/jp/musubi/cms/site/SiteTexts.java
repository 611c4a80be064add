package jp.musubi.cms.site;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the public site's Java code, from {@code i18n/site.properties}. */
final class SiteTexts {

    static final Messages TEXTS = Messages.of("i18n/site");

    private SiteTexts() {
    }
}

package jp.musubi.workflow.portal;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the member portal, in {@code i18n/portal.properties}. */
final class PortalTexts {

    static final Messages TEXTS = Messages.of("i18n/portal");

    private PortalTexts() {
    }
}

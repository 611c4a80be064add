package jp.musubi.cms.handover;

import jp.musubi.cms.common.Messages;

/** The Japanese texts of the handover archive, from {@code i18n/handover.properties}. */
final class HandoverTexts {

    static final Messages TEXTS = Messages.of("i18n/handover");

    private HandoverTexts() {
    }
}

package jp.musubi.workflow.minutes;

import jp.musubi.cms.common.Messages;

final class MinutesTexts {

    static final Messages TEXTS = Messages.of("i18n/minutes");

    private MinutesTexts() {
    }
}

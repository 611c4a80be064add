package jp.musubi.workflow.meeting;

import jp.musubi.cms.common.Messages;

/** The feature's Japanese texts ({@code i18n/meeting.properties}). */
final class MeetingTexts {

    static final Messages TEXTS = Messages.of("i18n/meeting");

    private MeetingTexts() {
    }
}

package jp.musubi.workflow.meeting;

import static jp.musubi.workflow.meeting.MeetingTexts.TEXTS;

public enum MeetingStatus {
    SCHEDULED, CANCELLED, HELD;

    public String label() {
        return TEXTS.get("meeting.status." + name());
    }
}

package jp.musubi.workflow.meeting;

import static jp.musubi.workflow.meeting.MeetingTexts.TEXTS;

public enum MeetingStatus {
    SCHEDULED, CANCELLED, HELD;

    public String label() {
        String key = "meeting.status." + name();
        return TEXTS.get(key);
    }
}

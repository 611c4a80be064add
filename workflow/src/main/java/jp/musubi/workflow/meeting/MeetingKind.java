package jp.musubi.workflow.meeting;

import static jp.musubi.workflow.meeting.MeetingTexts.TEXTS;

/** What a meeting is; the first three belong to an issue case, the last two to the programme. */
public enum MeetingKind {
    ISSUE_HEARING(true),
    SELECTION_HEARING(true),
    SELECTION_MEETING(true),
    REGULAR(false),
    INDIVIDUAL(false);

    private final boolean forCase;

    MeetingKind(boolean forCase) {
        this.forCase = forCase;
    }

    /** Whether the meeting belongs to an issue case (its participants come from the case). */
    public boolean forCase() {
        return forCase;
    }

    /** 課題整理ヒアリング, 定例打合せ … */
    public String label() {
        String key = "meeting.kind." + name();
        return TEXTS.get(key);
    }

    /** The {@code meetingKind} of the minutes process: regular for 定例打合せ, individual for every other meeting. */
    public String minutesKind() {
        return this == REGULAR ? "regular" : "individual";
    }
}

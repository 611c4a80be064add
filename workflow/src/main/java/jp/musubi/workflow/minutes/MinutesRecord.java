package jp.musubi.workflow.minutes;

import java.time.Instant;

/**
 * The minutes of one meeting as written and reviewed.
 *
 * @param meetingDate the meeting's day (null for minutes started before it was kept)
 */
public record MinutesRecord(String processInstanceId, Long meetingId, String title, String text, String submittedBy,
                            Instant submittedAt, String reviewComment, String approvedBy, Instant approvedAt,
                            java.time.LocalDate meetingDate) {

    public boolean approved() {
        return approvedAt != null;
    }
}

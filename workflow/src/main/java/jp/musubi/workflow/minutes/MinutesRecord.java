package jp.musubi.workflow.minutes;

import java.time.Instant;

/** The minutes of one meeting as written and reviewed. */
public record MinutesRecord(String processInstanceId, Long meetingId, String title, String text, String submittedBy,
                            Instant submittedAt, String reviewComment, String approvedBy, Instant approvedAt) {

    public boolean approved() {
        return approvedAt != null;
    }
}

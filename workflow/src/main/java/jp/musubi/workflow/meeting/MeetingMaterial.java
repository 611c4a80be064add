package jp.musubi.workflow.meeting;

import java.time.Instant;
import java.util.UUID;

/** A file added to a meeting for its participants; {@code position} addresses it in the meeting's route. */
public record MeetingMaterial(long meetingId, int position, UUID assetId, String filename, String uploadedBy,
                              Instant uploadedAt) {

    public String href() {
        return "/meetings/" + meetingId + "/materials/" + position;
    }
}

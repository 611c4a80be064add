package jp.musubi.workflow.meeting;

import java.time.Instant;
import java.util.List;

/**
 * A meeting and who is invited. Participants are login IDs: each of them sees the meeting on their own page.
 *
 * @param icalUid      the iCalendar UID, the same for the invitation and every update or cancellation
 * @param icalSequence 0 for the invitation, one more for each change
 * @param issueCaseId  the issue case the meeting belongs to, or null (定例打合せ, 個別打合せ)
 */
public record Meeting(long id, String icalUid, int icalSequence, MeetingKind kind, String title, Instant startsAt,
                      Instant endsAt, String place, String onlineUrl, String agenda, String otherAttendees,
                      Long issueCaseId, MeetingStatus status, Instant materialsDueAt, String minutesProcessId,
                      String organizer, List<String> participants) {

    public Meeting {
        participants = List.copyOf(participants);
    }

    public boolean invites(String username) {
        return participants.contains(username);
    }
}

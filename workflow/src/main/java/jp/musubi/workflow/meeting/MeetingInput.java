package jp.musubi.workflow.meeting;

import java.util.List;

/**
 * The scheduling form as typed: date {@code yyyy-MM-dd}, times {@code HH:mm} in Asia/Tokyo.
 *
 * @param participants login IDs of the invited accounts
 */
public record MeetingInput(String kind, String title, String date, String startTime, String endTime, String place,
                           String onlineUrl, String agenda, String otherAttendees, List<String> participants) {

    public MeetingInput {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}

package jp.musubi.workflow.event;

import java.time.Instant;
import java.util.List;

/**
 * One application with the applicant's personal data (staff pages and the applicant's own page only).
 *
 * @param membership    {@code YES}/{@code NO} when the event asks, else null (also {@code student})
 * @param attendanceMode {@code VENUE}/{@code ONLINE} when the event asks, else null
 */
record EventApplication(long id, String eventName, String checkinCode, ApplicationStatus status, Integer seat,
                        Instant appliedAt, String name, String organization, String email, String phone,
                        String attendanceMode, String membership, String student, Instant promotedAt,
                        Instant cancelledAt, Instant checkedInAt, Instant erasedAt, List<Answer> answers) {

    record Answer(int number, String question, String answer) {
    }

    EventApplication {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    public boolean attended() {
        return checkedInAt != null;
    }

    EventApplication withAnswers(List<Answer> list) {
        return new EventApplication(id, eventName, checkinCode, status, seat, appliedAt, name, organization, email, phone,
                attendanceMode, membership, student, promotedAt, cancelledAt, checkedInAt, erasedAt, list);
    }

    /** The code as printed: two groups of four (ABCD-EFGH). */
    public String displayCode() {
        return checkinCode.length() == 8 ? checkinCode.substring(0, 4) + "-" + checkinCode.substring(4) : checkinCode;
    }
}

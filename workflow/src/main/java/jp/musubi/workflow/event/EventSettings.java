package jp.musubi.workflow.event;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The secretariat's application settings of one event. Name, organization and mail are always asked.
 *
 * @param questions free questions, in order (answers are optional text)
 * @param capacity  null: the event content's capacity
 * @param deadline  null: the event content's deadline
 * @param surveyId  the questionnaire linked in the thank-you mail, or null
 */
record EventSettings(String eventName, boolean askPhone, boolean askAttendanceMode, boolean askMembership,
                     boolean askStudent, List<String> questions, Integer capacity, LocalDate deadline,
                     boolean waitingList, Long surveyId) {

    EventSettings {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    static EventSettings defaults(String eventName) {
        return new EventSettings(eventName, false, false, false, false, List.of(), null, null, true, null);
    }

    static List<String> questionsOf(String lines) {
        if (lines == null) {
            return List.of();
        }
        return Arrays.stream(lines.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    String questionLines() {
        return String.join("\n", questions);
    }

    /** The capacity in force: the secretariat's, else the content's; null for no limit. */
    Integer capacityFor(EventInfo event) {
        return capacity != null ? capacity : event.capacity();
    }

    LocalDate deadlineFor(EventInfo event) {
        return deadline != null ? deadline : event.deadline();
    }
}

package jp.musubi.workflow.event;

import java.util.List;

/**
 * What an applicant typed, cleaned and checked. Optional fields the event does not ask are null.
 *
 * @param answers the free questions with their answers, in order
 */
record ApplicantInput(String name, String organization, String email, String phone, String attendanceMode,
                      String membership, String student, List<QuestionAnswer> answers) {

    record QuestionAnswer(String question, String answer) {
    }

    ApplicantInput {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}

package jp.musubi.workflow.meeting;

/** The meeting does not exist, or the user is neither invited nor staff: answered 404, nothing is changed. */
class MeetingNotVisibleException extends RuntimeException {

    MeetingNotVisibleException() {
        super("meeting not visible");
    }
}

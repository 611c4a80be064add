package jp.musubi.workflow.event;

/** Where an application stands; attendance is the check-in time on an accepted one. */
enum ApplicationStatus {
    /** Has a seat. */
    ACCEPTED,
    /** The event was full: waits, in the order applied, for a seat someone gives back. */
    WAITLISTED,
    /** Given back by the applicant through the personal link. */
    CANCELLED
}

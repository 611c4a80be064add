package jp.musubi.cms.site;

import java.util.Optional;

/**
 * Whether an event's page invites applications, and where to: the workflow knows (the event's own
 * application form, its capacity and deadline); the site links to it. Without such a bean, an event page
 * whose {@code applicationOpen} is set sends the visitor to the inquiry form with a prefilled subject.
 */
public interface EventApplications {

    /**
     * @param path the application form's path, e.g. {@code /events/kickoff/apply}
     * @param note a sentence about the seats left (満席のためキャンセル待ち…), or null
     */
    record Invitation(String path, String note) {
    }

    /** The invitation to apply, or empty when the event does not take applications now. */
    Optional<Invitation> invitation(String eventName);
}

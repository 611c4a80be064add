package jp.musubi.workflow.exhibition;

import java.time.Instant;
import java.util.List;

/**
 * A member organization's application to exhibit. The applicant (an account name) is who gets the outcome
 * mail; the organization's contacts stay in the member registry.
 *
 * @param seeds the names of the organization's seeds it shows
 */
public record ExhibitorApplication(long id, String eventName, String organizationKey, String organizationName,
                                   String booth, boolean powerNeeded, String boothNotes, String products,
                                   List<String> seeds, ApplicationStatus status, String appliedBy, Instant appliedAt,
                                   String decidedBy, Instant decidedAt) {

    public ExhibitorApplication {
        seeds = List.copyOf(seeds);
    }
}

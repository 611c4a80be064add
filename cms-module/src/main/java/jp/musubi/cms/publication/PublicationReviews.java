package jp.musubi.cms.publication;

import java.util.Optional;

/**
 * The approval history of items, for the CMS's own pages. Implemented by the module that runs the
 * four-eyes process (workflow), which learns of each request from {@code ContentSubmittedEvent};
 * the CMS only reads the outcome through this port.
 */
public interface PublicationReviews {

    /** The item's newest request for (un)publication, decided or not; empty if it was never submitted. */
    Optional<PublicationReview> latest(String workspace, String name);
}

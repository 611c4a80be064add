package jp.musubi.cms.content;

import java.util.UUID;

/**
 * One row of {@code cms_item}: an item's identity and publication state, without its properties.
 *
 * @param version           optimistic-lock version, incremented by every content save
 * @param currentRevision   the latest revision (what editors see)
 * @param publishedRevision the revision the site shows, or null when unpublished
 * @param lastActivated     last publication, or null when never published
 * @param scheduled         planned publication, or null
 * @param approvalPending   submitted for the four-eyes approval and not yet published or rejected
 */
public record ItemState(UUID id, String workspace, String name, String type, String path, String title,
                        long version, int currentRevision, Integer publishedRevision,
                        Stamp created, Stamp lastModified, Stamp lastActivated,
                        ScheduledPublication scheduled, boolean approvalPending) {

    public PublicationStatus status() {
        return statusOf(currentRevision, publishedRevision);
    }

    public boolean isPublished() {
        return publishedRevision != null;
    }

    /** UNPUBLISHED without a published revision; PUBLISHED when it is the current one; else MODIFIED. */
    public static PublicationStatus statusOf(int currentRevision, Integer publishedRevision) {
        if (publishedRevision == null) {
            return PublicationStatus.UNPUBLISHED;
        }
        return publishedRevision == currentRevision ? PublicationStatus.PUBLISHED : PublicationStatus.MODIFIED;
    }
}

package jp.musubi.cms.content;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The published revision of a content item: what the public site, delivery API, search and
 * newsletters may show. Properties are the stored values of that revision (see content-types'
 * ContentValidator), personal-data properties included: readers that face the public must drop
 * them (the type's {@code deliverableProperties()}).
 *
 * @param status        PUBLISHED, or MODIFIED when a newer unpublished revision exists
 * @param revision      number of the published revision
 * @param lastActivated when this revision was published
 */
public record PublishedItem(UUID id, String type, String workspace, String name, String path,
                            Map<String, Object> properties, int revision, PublicationStatus status,
                            Instant created, Instant lastModified, Instant lastActivated) {

    public PublishedItem {
        properties = Map.copyOf(properties);
    }
}

package jp.musubi.cms.event;

import java.time.Instant;
import java.util.UUID;

/**
 * An editor submitted an item for publication (four-eyes).
 *
 * @param revision    the submitted revision
 * @param publishAt   requested publication time, or null for "as soon as approved"
 * @param unpublish   true when the request is to take the item off the site
 */
public record ContentSubmittedEvent(UUID itemId, String workspace, String name, int revision, String submittedBy,
                                    String comment, Instant publishAt, boolean unpublish) implements ContentEvent {
}

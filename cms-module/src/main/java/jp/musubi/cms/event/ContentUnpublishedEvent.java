package jp.musubi.cms.event;

import java.util.UUID;

/** The item no longer has a published revision. */
public record ContentUnpublishedEvent(UUID itemId, String workspace, String name, String type,
                                      String unpublishedBy) implements ContentEvent {
}

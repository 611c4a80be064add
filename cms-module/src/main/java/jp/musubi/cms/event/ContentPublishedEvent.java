package jp.musubi.cms.event;

import java.util.UUID;

/** A revision became the published one. */
public record ContentPublishedEvent(UUID itemId, String workspace, String name, String type, int revision,
                                    String publishedBy) implements ContentEvent {
}

package jp.musubi.cms.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An item as editors see it: its state and the properties of its current revision.
 * See {@link ItemState} for the meaning of the fields.
 */
public record ContentItem(UUID id, String workspace, String name, String type, String path,
                          long version, int revision, Integer publishedRevision, PublicationStatus status,
                          boolean approvalPending, ScheduledPublication scheduled,
                          Stamp created, Stamp lastModified, Stamp lastActivated,
                          Map<String, Object> properties) {

    public ContentItem {
        properties = properties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    static ContentItem of(ItemState state, Map<String, Object> properties) {
        return new ContentItem(state.id(), state.workspace(), state.name(), state.type(), state.path(),
                state.version(), state.currentRevision(), state.publishedRevision(), state.status(),
                state.approvalPending(), state.scheduled(), state.created(), state.lastModified(),
                state.lastActivated(), properties);
    }
}

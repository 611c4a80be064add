package jp.musubi.cms.content;

import java.util.UUID;

/** One line of an item list: the state and title, without the properties. */
public record ItemSummary(UUID id, String workspace, String name, String path, String type, String title,
                          long version, int revision, Integer publishedRevision, PublicationStatus status,
                          boolean approvalPending, ScheduledPublication scheduled,
                          Stamp created, Stamp lastModified, Stamp lastActivated) {

    static ItemSummary of(ItemState state) {
        return new ItemSummary(state.id(), state.workspace(), state.name(), state.path(), state.type(),
                state.title(), state.version(), state.currentRevision(), state.publishedRevision(),
                state.status(), state.approvalPending(), state.scheduled(), state.created(),
                state.lastModified(), state.lastActivated());
    }
}

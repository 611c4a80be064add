package jp.musubi.cms.delivery;

import java.util.List;
import java.util.Optional;

import jp.musubi.cms.content.PublishedItem;
import org.springframework.stereotype.Service;

/**
 * The published items the delivery API serves, for the public website: the same in-memory
 * snapshots, kept current by the same change-log follower, so the site never shows anything the
 * API would not. Items carry every stored property: a page must show only the type's
 * deliverable ones (jp.musubi.cms.site.ContentViews does).
 */
@Service
public class PublishedItems {

    private final PublishedSnapshots snapshots;

    PublishedItems(PublishedSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** Every published item of a workspace, in no particular order. */
    public List<PublishedItem> all(String workspace) {
        snapshots.sync();
        return List.copyOf(snapshots.snapshot(workspace).items().values());
    }

    public Optional<PublishedItem> find(String workspace, String name) {
        snapshots.sync();
        return Optional.ofNullable(snapshots.snapshot(workspace).items().get(name));
    }
}

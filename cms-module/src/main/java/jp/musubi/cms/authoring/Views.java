package jp.musubi.cms.authoring;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jp.musubi.cms.asset.Asset;
import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentPage;
import jp.musubi.cms.content.ItemSummary;
import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.cms.content.ScheduledPublication;
import jp.musubi.cms.content.Stamp;

/** The JSON shapes of the authoring API. Status is the lower-case name, as in the delivery API. */
final class Views {

    private Views() {
    }

    static String statusName(PublicationStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    record ItemView(UUID id, String workspace, String name, String path, String type, long version, int revision,
                    Integer publishedRevision, String status, String statusLabel, boolean approvalPending,
                    ScheduledPublication scheduled, Stamp created, Stamp lastModified, Stamp lastActivated,
                    Map<String, Object> properties) {

        static ItemView of(ContentItem item) {
            return new ItemView(item.id(), item.workspace(), item.name(), item.path(), item.type(), item.version(),
                    item.revision(), item.publishedRevision(), statusName(item.status()), item.status().label(),
                    item.approvalPending(), item.scheduled(), item.created(), item.lastModified(),
                    item.lastActivated(), item.properties());
        }
    }

    record ItemSummaryView(UUID id, String workspace, String name, String path, String type, String title,
                           long version, int revision, Integer publishedRevision, String status, String statusLabel,
                           boolean approvalPending, ScheduledPublication scheduled, Stamp created,
                           Stamp lastModified, Stamp lastActivated) {

        static ItemSummaryView of(ItemSummary item) {
            return new ItemSummaryView(item.id(), item.workspace(), item.name(), item.path(), item.type(),
                    item.title(), item.version(), item.revision(), item.publishedRevision(), statusName(item.status()),
                    item.status().label(), item.approvalPending(), item.scheduled(), item.created(),
                    item.lastModified(), item.lastActivated());
        }
    }

    record ItemListView(List<ItemSummaryView> items, long total, int page, int size) {

        static ItemListView of(ContentPage page) {
            return new ItemListView(page.items().stream().map(ItemSummaryView::of).toList(), page.total(),
                    page.page(), page.size());
        }
    }

    record AssetView(UUID id, String filename, String mediaType, long size, String sha256, Stamp uploaded,
                     String url) {

        static AssetView of(Asset asset) {
            return new AssetView(asset.id(), asset.filename(), asset.mediaType(), asset.size(), asset.sha256(),
                    new Stamp(asset.uploadedAt(), asset.uploadedBy()), asset.url());
        }
    }

    record CreateItemRequest(String name, Map<String, Object> properties, String comment) {
    }

    record UpdateItemRequest(Long version, Map<String, Object> properties, String comment) {
    }

    record RestoreRequest(Long version, String comment) {
    }

    /** @param publishAt ISO date-time, with an offset or in Japan time ({@code 2026-12-10T09:00}) */
    record SubmitRequest(String comment, String publishAt, Boolean unpublish) {
    }
}

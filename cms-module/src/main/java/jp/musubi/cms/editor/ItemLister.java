package jp.musubi.cms.editor;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.musubi.cms.content.ContentQuery;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.content.ItemSummary;
import jp.musubi.cms.content.PublicationStatus;
import org.springframework.stereotype.Component;

/**
 * The editor's list: the store filters by words and state; the filters on properties (category,
 * tag), author and 承認待ち, and the sort, are applied here over at most {@value #SCAN_LIMIT}
 * items, which is far more than a prefecture's site holds per content type.
 */
@Component
class ItemLister {

    static final int PAGE_SIZE = 20;
    static final int SCAN_LIMIT = 2000;

    private final ContentService content;
    private final EditorDates dates;

    ItemLister(ContentService content, EditorDates dates) {
        this.content = content;
        this.dates = dates;
    }

    ItemListPage list(String workspace, ItemListQuery query) {
        PublicationStatus status = switch (query.status() == null ? "" : query.status()) {
            case "unpublished" -> PublicationStatus.UNPUBLISHED;
            case "modified" -> PublicationStatus.MODIFIED;
            case "published" -> PublicationStatus.PUBLISHED;
            default -> null;
        };
        var found = content.list(workspace, new ContentQuery(query.q(), status, 0, SCAN_LIMIT));
        List<ItemSummary> items = found.items().stream()
                .filter(item -> !"pending".equals(query.status()) || item.approvalPending())
                .filter(item -> query.author() == null || item.lastModified().by().equals(query.author())
                        || item.created().by().equals(query.author()))
                .filter(item -> !query.needsProperties() || matchesProperties(workspace, item, query))
                .sorted(order(query.sort()))
                .toList();
        int pages = Math.max(1, (items.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(query.page(), pages - 1);
        List<ItemRow> rows = items.stream().skip((long) page * PAGE_SIZE).limit(PAGE_SIZE)
                .map(item -> new ItemRow(item.name(), item.title(),
                        PublicationBadge.of(item.status(), item.approvalPending()), item.revision(),
                        dates.format(item.lastModified().at()), item.lastModified().by()))
                .toList();
        return new ItemListPage(rows, items.size(), page, pages, found.total() > SCAN_LIMIT);
    }

    private boolean matchesProperties(String workspace, ItemSummary item, ItemListQuery query) {
        Map<String, Object> properties = content.get(workspace, item.name()).properties();
        if (query.category() != null && !query.category().equals(properties.get("category"))) {
            return false;
        }
        if (query.tag() != null) {
            Object tags = properties.get("tags");
            String wanted = query.tag().toLowerCase(Locale.ROOT);
            return tags instanceof Collection<?> list
                    && list.stream().anyMatch(t -> String.valueOf(t).toLowerCase(Locale.ROOT).equals(wanted));
        }
        return true;
    }

    private static Comparator<ItemSummary> order(String sort) {
        return switch (sort) {
            case "title" -> Comparator.comparing(ItemSummary::title).thenComparing(ItemSummary::name);
            case "created" -> Comparator.comparing((ItemSummary item) -> item.created().at()).reversed()
                    .thenComparing(ItemSummary::name);
            default -> Comparator.comparing((ItemSummary item) -> item.lastModified().at()).reversed()
                    .thenComparing(ItemSummary::name);
        };
    }
}

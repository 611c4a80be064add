package jp.musubi.cms.content;

import java.util.List;

/** One page of an item list; {@code total} counts every item matching the query. */
public record ContentPage(List<ItemSummary> items, long total, int page, int size) {

    public ContentPage {
        items = List.copyOf(items);
    }
}

package jp.musubi.cms.editor;

import java.util.List;

/** One page of the editor's list; {@code total} counts every item matching the filters. */
public record ItemListPage(List<ItemRow> rows, long total, int page, int pages, boolean truncated) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages;
    }
}

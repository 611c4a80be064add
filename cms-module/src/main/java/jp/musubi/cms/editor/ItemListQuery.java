package jp.musubi.cms.editor;

/**
 * The list's search form.
 *
 * @param status   unpublished, modified, published, pending (承認待ち) or null for all
 * @param sort     updated (newest first), title or created (newest first)
 */
public record ItemListQuery(String q, String status, String category, String author, String tag, String sort,
                            int page) {

    public ItemListQuery {
        q = blankToNull(q);
        status = blankToNull(status);
        category = blankToNull(category);
        author = blankToNull(author);
        tag = blankToNull(tag);
        sort = sort == null || !(sort.equals("title") || sort.equals("created")) ? "updated" : sort;
        page = Math.max(page, 0);
    }

    boolean needsProperties() {
        return category != null || tag != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package jp.musubi.cms.content;

/**
 * @param text   words to find in the title or name (case-insensitive), or null for all
 * @param status only items in this state, or null for all
 * @param page   0-based page number
 * @param size   items per page
 */
public record ContentQuery(String text, PublicationStatus status, int page, int size) {

    public ContentQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative");
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be positive");
        }
        text = text == null || text.isBlank() ? null : text.strip();
    }

    public static ContentQuery all(int size) {
        return new ContentQuery(null, null, 0, size);
    }
}

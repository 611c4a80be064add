package jp.musubi.cms.search;

/** Japanese full-text search over published content. */
public interface ContentSearch {

    /**
     * Searches one workspace (or all when {@code query.workspace()} is null), best hits first.
     * Never returns unpublished content or personal-data properties in highlights.
     */
    SearchResult search(SearchQuery query);

    /** Rebuilds the whole index from the database; returns how many items were indexed. */
    int rebuild();
}

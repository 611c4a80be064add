package jp.musubi.cms.search;

import java.util.List;
import java.util.Map;

/**
 * @param workspace workspace to search, or null for all
 * @param text      the user's words (Japanese or not); blank matches everything in the workspace
 * @param filters   exact-match filters on String properties (e.g. tags → [防災]); all must match
 * @param offset    hits to skip
 * @param limit     hits to return
 */
public record SearchQuery(String workspace, String text, Map<String, List<String>> filters, int offset, int limit) {

    public SearchQuery {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static SearchQuery of(String workspace, String text, int limit) {
        return new SearchQuery(workspace, text, Map.of(), 0, limit);
    }
}

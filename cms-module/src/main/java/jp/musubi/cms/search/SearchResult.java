package jp.musubi.cms.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * @param total  number of hits in all (for paging)
 * @param facets for a search in one workspace: per keyword property (tags, fields, category,
 *               publicStatus…), the values found among all hits with how many hits carry each, most
 *               frequent first (at most 50 per property); empty when searching all workspaces
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        // Copied in order: the property order of the content type is the order a page shows them in.
        Map<String, List<FacetCount>> copy = new LinkedHashMap<>();
        if (facets != null) {
            facets.forEach((property, counts) -> copy.put(property, List.copyOf(counts)));
        }
        facets = Collections.unmodifiableMap(copy);
    }

    /** A result without facet counts. */
    public SearchResult(long total, List<SearchHit> hits) {
        this(total, hits, Map.of());
    }
}

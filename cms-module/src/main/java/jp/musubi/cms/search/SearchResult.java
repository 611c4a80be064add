package jp.musubi.cms.search;

import java.util.List;

/** @param total number of hits in all (for paging) */
public record SearchResult(long total, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}

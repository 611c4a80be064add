package jp.musubi.cms.search;

import java.util.Map;
import java.util.UUID;

/**
 * @param highlights per property, an HTML-escaped fragment with the matched words in {@code <mark>}
 */
public record SearchHit(UUID id, String workspace, String name, float score, Map<String, String> highlights) {

    public SearchHit {
        highlights = Map.copyOf(highlights);
    }
}

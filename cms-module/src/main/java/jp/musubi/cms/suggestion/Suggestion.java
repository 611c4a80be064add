package jp.musubi.cms.suggestion;

import java.util.List;

/**
 * One suggested item and why it was suggested.
 *
 * @param workspace        {@code seeds}, {@code talents} (人材情報) or {@code members}
 * @param organizationKey  the member profile's name (also the member registry's key)
 * @param relevance        the BM25 score
 * @param matchedTerms     the words found in the item, most telling first
 * @param highlightedHtml  the item's summary, HTML-escaped, with the matched words in {@code <mark>}
 * @param path             the public page of the item
 */
public record Suggestion(String workspace, String name, String title, String organizationKey, String organizationName,
                         double relevance, List<String> matchedTerms, String highlightedHtml, String path) {

    public Suggestion {
        matchedTerms = List.copyOf(matchedTerms);
    }
}

package jp.musubi.cms.suggestion;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code musubi.suggestion.*}.
 *
 * @param lambda     weight of relevance against novelty in the MMR re-rank (1 = plain relevance order)
 * @param candidates how many BM25 hits the re-rank chooses from
 * @param distinctTop the first this many places hold at most one item per organization
 */
@ConfigurationProperties("musubi.suggestion")
public record SuggestionProperties(Double lambda, Integer candidates, Integer distinctTop) {

    public SuggestionProperties {
        lambda = lambda == null ? 0.7 : lambda;
        candidates = candidates == null ? 50 : candidates;
        distinctTop = distinctTop == null ? 5 : distinctTop;
        if (lambda < 0 || lambda > 1 || candidates < 1 || distinctTop < 0) {
            throw new IllegalArgumentException("musubi.suggestion: lambda in [0,1], candidates >= 1, distinct-top >= 0");
        }
    }

    static SuggestionProperties defaults() {
        return new SuggestionProperties(null, null, null);
    }
}

package jp.musubi.cms.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param indexDirectory  where this node keeps its index; blank keeps it in memory (tests), and then
 *                        every start rebuilds it from the database
 * @param followInterval  how often the node reads the content change log when no publication nudged it
 * @param followBatchSize changes read from the log at a time
 * @param gapGrace        how long a missing sequence number is waited for before it is taken as a rolled
 *                        back transaction (a guard: the content store's numbers have no gaps today)
 * @param synonyms        groups of words that mean the same, one group an entry, words separated by 「,」;
 *                        added to the shipped groups ({@code synonyms.txt})
 */
@ConfigurationProperties("musubi.search")
public record SearchProperties(String indexDirectory, Duration followInterval, Integer followBatchSize,
                               Duration gapGrace, java.util.List<String> synonyms) {

    public SearchProperties {
        indexDirectory = indexDirectory == null ? "" : indexDirectory.strip();
        followInterval = positiveOr(followInterval, Duration.ofSeconds(2));
        followBatchSize = followBatchSize == null || followBatchSize < 1 ? 500 : followBatchSize;
        gapGrace = gapGrace == null || gapGrace.isNegative() ? Duration.ofSeconds(30) : gapGrace;
        synonyms = synonyms == null ? java.util.List.of() : java.util.List.copyOf(synonyms);
    }

    /** In memory, as the tests use it. */
    public static SearchProperties inMemory() {
        return new SearchProperties("", null, null, null, null);
    }

    public boolean inMemoryIndex() {
        return indexDirectory.isEmpty();
    }

    private static Duration positiveOr(Duration value, Duration fallback) {
        return value == null || value.isZero() || value.isNegative() ? fallback : value;
    }
}

package jp.musubi.cms.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Per property, the best passage of each hit with the matched words in {@code <mark>}. The formatter
 * HTML-escapes the text, so a fragment can be put into a page as it is.
 */
final class SearchHighlighter {

    /** Passages are cut at sentence ends (。 included) close to this many characters. */
    private static final int FRAGMENT_LENGTH = 100;
    /** Where the first match sits in a fragment longer than a sentence: a third in, so it has context. */
    private static final float MATCH_POSITION = 0.33f;

    private static final String MARK = "<mark>";
    private static final String END_MARK = "</mark>";

    private final Analyzer analyzer;

    SearchHighlighter(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * @return for each of {@code docIds}, in the same order, the fragments by property name; only
     *         properties with a match appear
     */
    List<Map<String, String>> highlight(IndexSearcher searcher, Query query, int[] docIds, List<String> properties)
            throws IOException {
        List<Map<String, String>> perDoc = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            perDoc.add(new LinkedHashMap<>());
        }
        if (docIds.length == 0 || properties.isEmpty()) {
            return perDoc;
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(MARK, END_MARK, "…", true))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.JAPAN), FRAGMENT_LENGTH, MATCH_POSITION))
                // A property without a match gets no fragment, rather than its first sentence.
                .withMaxNoHighlightPassages(0)
                // The highlight query is plain terms, which need no per-document query matching; that
                // mode made highlighting five times slower (bench/search).
                .withWeightMatches(false)
                .build();
        String[] fields = properties.stream().map(SearchFields::text).toArray(String[]::new);
        int[] passages = new int[fields.length];
        Arrays.fill(passages, 1);
        Map<String, String[]> fragments = highlighter.highlightFields(fields, query, docIds, passages);
        for (String field : fields) {
            String[] byDoc = fragments.get(field);
            for (int i = 0; byDoc != null && i < byDoc.length; i++) {
                if (byDoc[i] != null && byDoc[i].contains(MARK)) {
                    perDoc.get(i).put(SearchFields.propertyOfText(field), joinAdjacentMarks(byDoc[i]));
                }
            }
        }
        return perDoc;
    }

    /**
     * Kuromoji cuts 老朽化 into 老朽 and 化, each marked: one mark reads better. Safe on the escaped
     * fragment, where a {@code <} of the content can no longer look like a tag.
     */
    private static String joinAdjacentMarks(String fragment) {
        return fragment.replace(END_MARK + MARK, "");
    }
}

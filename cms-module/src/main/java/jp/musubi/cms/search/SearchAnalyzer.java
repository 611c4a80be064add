package jp.musubi.cms.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.CharacterDefinition;
import org.apache.lucene.analysis.ja.dict.ConnectionCosts;
import org.apache.lucene.analysis.ja.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ja.dict.UnknownDictionary;

/**
 * The analysis of every text field, the same at index and query time: Kuromoji in search mode (which
 * also splits long compounds into their parts), except for the bigram field.
 */
final class SearchAnalyzer extends DelegatingAnalyzerWrapper {

    /**
     * Keeps the values of a multiple property (tags) and the properties joined in the text field apart,
     * so that a phrase never matches across two of them.
     */
    private static final int VALUE_GAP = 100;

    static {
        // Kuromoji loads its dictionaries lazily, once per JVM, in whichever thread tokenizes first. If
        // that thread is interrupted while reading them (the index thread when the application stops),
        // the class initialization fails for good and no search works until a restart. Loading them here,
        // in the thread that creates the search beans, avoids that (and the first search's wait).
        TokenInfoDictionary.getInstance();
        UnknownDictionary.getInstance();
        ConnectionCosts.getInstance();
        CharacterDefinition.getInstance();
    }

    private final Analyzer japanese = new JapaneseAnalyzer(null, JapaneseTokenizer.Mode.SEARCH,
            JapaneseAnalyzer.getDefaultStopSet(), JapaneseAnalyzer.getDefaultStopTags());
    // No stop words: the default set is English, and a bigram field has to keep every character pair.
    private final Analyzer bigrams = new CJKAnalyzer(CharArraySet.EMPTY_SET);

    SearchAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY);
    }

    @Override
    protected Analyzer getWrappedAnalyzer(String fieldName) {
        return SearchFields.BIGRAMS.equals(fieldName) || SearchFields.READING.equals(fieldName) ? bigrams : japanese;
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }

    @Override
    public void close() {
        japanese.close();
        bigrams.close();
        super.close();
    }
}

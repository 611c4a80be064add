package jp.musubi.cms.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Builds Lucene queries from a user's words. Every word must match; a word matches an item when all
 * its Kuromoji tokens are in the item's text (in any order, which finds 鳥獣被害 for 獣害), or when it
 * occurs as it is in the text, compared as character bigrams (which finds compounds that Kuromoji
 * segments differently inside a longer word than on its own). Matches in the title count most.
 */
final class QueryFactory {

    /** Every content type has a required {@code title}; it names what the item is about. */
    static final String TITLE = "title";
    static final float TITLE_BOOST = 4f;
    /** Below a Kuromoji match: a bigram match is right about the characters, not always about the word. */
    static final float BIGRAM_BOOST = 0.5f;
    /** Lower still: a reading also matches homophones (市町 and 市長 both read シチョウ). */
    static final float READING_BOOST = 0.3f;
    /** A synonym is another word: it finds the item, but below the word as typed. */
    static final float SYNONYM_BOOST = 0.8f;
    private static final java.util.regex.Pattern KANA = java.util.regex.Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}ー]+");
    private static final float TIE_BREAKER = 0.1f;
    /** Bounds the highlight query: tokens × highlighted properties stays far below 1024 clauses. */
    private static final int MAX_HIGHLIGHT_TOKENS = 30;

    private final Analyzer analyzer;
    private final QueryBuilder builder;
    private final boolean bigrams;
    private final Synonyms synonyms;

    QueryFactory(Analyzer analyzer, boolean bigrams) {
        this(analyzer, bigrams, Synonyms.none());
    }

    QueryFactory(Analyzer analyzer, boolean bigrams, Synonyms synonyms) {
        this.analyzer = analyzer;
        this.builder = new QueryBuilder(analyzer);
        this.bigrams = bigrams;
        this.synonyms = synonyms;
    }

    /**
     * What to match: everything for a blank query, nothing when no typed word has a searchable token
     * (only punctuation or particles such as {@code "}, {@code *}, の).
     */
    Query match(UserQuery query) {
        if (query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String word : query.words()) {
            Query wordQuery = word(word);
            if (wordQuery != null) {
                all.add(wordQuery, Occur.MUST);
                clauses++;
            }
        }
        return clauses == 0 ? new MatchNoDocsQuery("no searchable word") : all.build();
    }

    /**
     * The terms to mark in the given property fields. Kept apart from {@link #match}: the match query
     * searches the joined text field, while highlights are per property.
     */
    Query highlight(UserQuery query, List<String> properties) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : query.words()) {
            tokens.addAll(tokens(word));
            synonyms.of(word).forEach(synonym -> tokens.addAll(tokens(synonym)));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        tokens.stream().limit(MAX_HIGHLIGHT_TOKENS).forEach(token -> {
            for (String property : properties) {
                any.add(new TermQuery(new Term(SearchFields.text(property), token)), Occur.SHOULD);
            }
        });
        return any.build();
    }

    /**
     * The word as typed, its synonyms (boosted lower) and its reading: 苺 also finds いちご and イチゴ,
     * すいどう finds 水道. Null when neither the word nor a synonym has a searchable token.
     */
    private Query word(String word) {
        List<Query> alternatives = new ArrayList<>();
        Query typed = asTyped(word);
        if (typed != null) {
            alternatives.add(typed);
        }
        for (String synonym : synonyms.of(word)) {
            Query other = asTyped(synonym);
            if (other != null) {
                alternatives.add(new BoostQuery(other, SYNONYM_BOOST));
            }
        }
        if (alternatives.isEmpty()) {
            return null;
        }
        // Only a word written in kana is looked up by its reading: kanji and Latin words keep their precise
        // matches (and their ranking), while すいどう finds 水道 and イチゴ finds いちご.
        if (KANA.matcher(word).matches()) {
            Query reading = builder.createPhraseQuery(SearchFields.READING, Readings.of(word));
            if (reading != null) {
                alternatives.add(new BoostQuery(reading, READING_BOOST));
            }
        }
        return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    private Query asTyped(String word) {
        Query text = builder.createBooleanQuery(SearchFields.TEXT, word, Occur.MUST);
        if (text == null) {
            return null;
        }
        List<Query> alternatives = new ArrayList<>();
        alternatives.add(text);
        Query title = builder.createBooleanQuery(SearchFields.text(TITLE), word, Occur.MUST);
        if (title != null) {
            alternatives.add(new BoostQuery(title, TITLE_BOOST));
        }
        if (bigrams) {
            Query asWritten = builder.createPhraseQuery(SearchFields.BIGRAMS, word);
            if (asWritten != null) {
                alternatives.add(new BoostQuery(asWritten, BIGRAM_BOOST));
            }
        }
        return new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
    }

    private List<String> tokens(String word) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(SearchFields.TEXT, word)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}

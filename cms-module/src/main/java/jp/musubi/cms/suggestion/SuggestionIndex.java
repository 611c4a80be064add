package jp.musubi.cms.suggestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.musubi.cms.content.PublishedContent;
import jp.musubi.cms.content.PublishedItem;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory BM25 index of the suggestible items, built from the published content at one moment.
 * Small on purpose (seeds and member profiles of one prefecture): rebuilt whole when content changes.
 */
final class SuggestionIndex {

    /** Where an item's words come from, and how much a match there counts. */
    static final Map<String, Float> FIELDS = Map.of("title", 3.0f, "tags", 2.5f, "skills", 2.5f, "fields", 2.0f, "summary", 1.5f,
            "body", 1.0f);
    private static final int MAX_QUERY_TERMS = 120;

    /** A suggestible item with the analyzed words of all its fields. */
    record Item(int doc, String workspace, String name, String title, String summary, String organizationKey,
                String organizationName, Set<String> terms) {
    }

    record Hit(Item item, double score) {
    }

    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final Map<Integer, Item> items;

    private SuggestionIndex(Analyzer analyzer, IndexSearcher searcher, Map<Integer, Item> items) {
        this.analyzer = analyzer;
        this.searcher = searcher;
        this.items = items;
    }

    /**
     * Seeds and 人材情報 whose member profile is published, and the published member profiles themselves; a
     * withdrawn member's profile and seeds are unpublished by the withdrawal, so they never enter.
     */
    static SuggestionIndex build(PublishedContent content, Analyzer analyzer) {
        Map<String, PublishedItem> members = new HashMap<>();
        for (PublishedItem member : content.findAll("members")) {
            members.put(member.name(), member);
        }
        List<PublishedItem> sources = new ArrayList<>(members.values());
        // Seeds and 人材情報 belong to a member; they enter only with a published member profile.
        for (String workspace : List.of("seeds", "talents")) {
            for (PublishedItem item : content.findAll(workspace)) {
                if (members.containsKey(text(item.properties().get("member")))) {
                    sources.add(item);
                }
            }
        }
        sources.sort((a, b) -> (a.workspace() + "/" + a.name()).compareTo(b.workspace() + "/" + b.name()));
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        Map<Integer, Item> items = new LinkedHashMap<>();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            int doc = 0;
            for (PublishedItem source : sources) {
                String orgKey = "members".equals(source.workspace()) ? source.name() : text(source.properties().get("member"));
                PublishedItem org = members.get(orgKey);
                Document document = new Document();
                document.add(new StoredField("doc", doc));
                Set<String> terms = new HashSet<>();
                for (String field : FIELDS.keySet()) {
                    for (String value : values(source.properties().get(field))) {
                        String plain = "body".equals(field) ? plainText(value) : value;
                        document.add(new TextField(field, plain, Field.Store.NO));
                        terms.addAll(analyze(analyzer, plain).keySet());
                    }
                }
                writer.addDocument(document);
                items.put(doc, new Item(doc, source.workspace(), source.name(), text(source.properties().get("title")),
                        text(source.properties().get("summary")), orgKey, text(org.properties().get("title")), Set.copyOf(terms)));
                doc++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(new BM25Similarity());
            return new SuggestionIndex(analyzer, searcher, items);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words of a text as the index has them, with how often each occurs. */
    Map<String, Integer> terms(String text) {
        return analyze(analyzer, text);
    }

    /** BM25 hits for a query made of the text's words over every field, best first. */
    List<Hit> search(String text, int limit) {
        Map<String, Integer> terms = terms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        terms.entrySet().stream()
                .sorted((a, b) -> b.getValue().compareTo(a.getValue()))
                .limit(MAX_QUERY_TERMS)
                .forEach(term -> {
                    for (Map.Entry<String, Float> field : FIELDS.entrySet()) {
                        // A word the consultation repeats counts more, as in a MoreLikeThis query.
                        float boost = field.getValue() * (float) (1 + Math.log(term.getValue()));
                        Query clause = new BoostQuery(new TermQuery(new Term(field.getKey(), term.getKey())), boost);
                        query.add(clause, BooleanClause.Occur.SHOULD);
                    }
                });
        try {
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
                int doc = searcher.storedFields().document(hit.doc).getField("doc").numericValue().intValue();
                hits.add(new Hit(items.get(doc), hit.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How rare a word is among the items (for ordering the matched words). */
    double idf(String term) {
        long df = items.values().stream().filter(item -> item.terms().contains(term)).count();
        return Math.log(1 + (items.size() - df + 0.5) / (df + 0.5));
    }

    /** The text HTML-escaped, the words in {@code terms} in {@code <mark>} (adjacent marks joined). */
    String highlight(String text, Set<String> terms) {
        if (text == null) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        int at = 0;
        try (TokenStream tokens = analyzer.tokenStream("summary", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (terms.contains(term.toString()) && offset.startOffset() >= at) {
                    html.append(escape(text.substring(at, offset.startOffset())))
                            .append("<mark>").append(escape(text.substring(offset.startOffset(), offset.endOffset())))
                            .append("</mark>");
                    at = offset.endOffset();
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        html.append(escape(text.substring(at)));
        return html.toString().replace("</mark><mark>", "");
    }

    int size() {
        return items.size();
    }

    private static Map<String, Integer> analyze(Analyzer analyzer, String text) {
        Map<String, Integer> terms = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String word = term.toString();
                if (meaningful(word)) {
                    terms.merge(word, 1, Integer::sum);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** Numbers and single kana carry no topic. */
    private static boolean meaningful(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return false;
        }
        return !(word.length() == 1 && Character.UnicodeBlock.of(word.charAt(0)) == Character.UnicodeBlock.HIRAGANA);
    }

    private static String plainText(String html) {
        return html.replaceAll("<[^>]*>", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&nbsp;", " ");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static List<String> values(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().filter(v -> v != null).map(String::valueOf).filter(v -> !v.isBlank()).toList();
        }
        String text = String.valueOf(value);
        return text.isBlank() ? List.of() : List.of(text);
    }
}

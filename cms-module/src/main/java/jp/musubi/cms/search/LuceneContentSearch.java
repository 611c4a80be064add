package jp.musubi.cms.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jp.musubi.contenttypes.definition.PropertyDefinition;
import jp.musubi.contenttypes.definition.PropertyOption;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Japanese full-text search over the published content in this node's index.
 *
 * <ul>
 *   <li>Text: see {@link UserQuery} (no syntax, bounded size) and {@link QueryFactory} (every word must
 *       match; title first). A blank text lists every item, newest publication first; a text with no
 *       searchable word (only {@code "}, {@code *}…) finds nothing.</li>
 *   <li>Filters: on keyword properties only (String with options, multiple String, references). Every
 *       filter must match; within one filter any listed value does ({@code tags → [防災, 農業]}), and an
 *       item with several values matches if one of them does. An option may be given by value or label.
 *       An empty value list is no filter; a filter on any other property matches nothing.</li>
 *   <li>Paging: hits beyond {@value #MAX_WINDOW} ({@code offset + limit}) are not returned; {@code total}
 *       is always exact. A limit as large as the workspace (the delivery API asks for every hit and pages
 *       itself) is fine.</li>
 *   <li>Highlights: for the first {@value #MAX_HIGHLIGHTED_HITS} hits of the page only, which bounds the
 *       cost of a page of every hit; the others have none.</li>
 * </ul>
 */
public class LuceneContentSearch implements ContentSearch {

    static final int MAX_WINDOW = 100_000;
    static final int MAX_HIGHLIGHTED_HITS = 50;
    private static final Sort ORDER = new Sort(SortField.FIELD_SCORE,
            new SortField(SearchFields.ACTIVATED, SortField.Type.LONG, true));
    private static final Set<String> HIT_FIELDS = Set.of(SearchFields.ID, SearchFields.WORKSPACE, SearchFields.NAME);

    private final SearchIndex index;
    private final SearchSchema schema;
    private final SearchIndexRebuilder rebuilder;
    private final QueryFactory queries;
    private final SearchHighlighter highlighter;

    LuceneContentSearch(SearchIndex index, SearchSchema schema, SearchIndexRebuilder rebuilder) {
        this(index, schema, rebuilder, true);
    }

    /** @param bigrams whether words also match as written (see {@link QueryFactory}); off only to measure it */
    LuceneContentSearch(SearchIndex index, SearchSchema schema, SearchIndexRebuilder rebuilder, boolean bigrams) {
        this(index, schema, rebuilder, bigrams, Synonyms.of(java.util.List.of()));
    }

    /** @param synonyms the shipped and configured groups of words that mean the same */
    LuceneContentSearch(SearchIndex index, SearchSchema schema, SearchIndexRebuilder rebuilder, boolean bigrams,
                        Synonyms synonyms) {
        this.index = index;
        this.schema = schema;
        this.rebuilder = rebuilder;
        this.queries = new QueryFactory(index.analyzer(), bigrams, synonyms);
        this.highlighter = new SearchHighlighter(index.analyzer());
    }

    @Override
    public SearchResult search(SearchQuery query) {
        String workspace = query.workspace();
        Optional<SearchableType> type = schema.find(workspace);
        if (workspace != null && type.isEmpty()) {
            return new SearchResult(0, List.of());
        }
        UserQuery words = UserQuery.of(query.text());
        Query match = match(words, workspace, type, query.filters());
        int offset = Math.max(0, query.offset());
        long requested = (long) offset + Math.max(0, query.limit());
        List<String> facetProperties = type.map(t -> t.keywordProperties().stream().map(PropertyDefinition::name).toList())
                .orElse(List.of());
        List<String> textProperties = schema.textProperties(workspace);
        return index.search(searcher -> {
            // Never more than the index holds: the collector allocates its queue for the whole window.
            int window = (int) Math.min(requested, Math.min(MAX_WINDOW, searcher.getIndexReader().maxDoc()));
            int topHits = Math.max(1, window);
            Object[] collected = searcher.search(match, new MultiCollectorManager(
                    new TopFieldCollectorManager(ORDER, topHits, null, topHits),
                    new HitStatistics(facetProperties)));
            TopFieldDocs top = (TopFieldDocs) collected[0];
            HitStatistics.Result statistics = (HitStatistics.Result) collected[1];
            ScoreDoc[] page = offset >= window ? new ScoreDoc[0]
                    : Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                            Math.min(window, top.scoreDocs.length));
            List<SearchHit> hits = hits(searcher, page, words, textProperties);
            return new SearchResult(statistics.total(), hits, statistics.facets());
        });
    }

    @Override
    public int rebuild() {
        return rebuilder.rebuild();
    }

    private Query match(UserQuery words, String workspace, Optional<SearchableType> type,
                        Map<String, List<String>> filters) {
        BooleanQuery.Builder match = new BooleanQuery.Builder().add(queries.match(words), Occur.MUST);
        if (workspace != null) {
            match.add(new TermQuery(new Term(SearchFields.WORKSPACE, workspace)), Occur.FILTER);
        }
        filters.forEach((property, values) -> {
            List<BytesRef> accepted = values == null ? List.of() : values.stream()
                    .filter(v -> v != null && !v.isBlank())
                    .map(v -> new BytesRef(storedValue(type, property, v.strip())))
                    .toList();
            if (!accepted.isEmpty()) {
                match.add(KeywordField.newSetQuery(SearchFields.keyword(property), accepted), Occur.FILTER);
            }
        });
        return match.build();
    }

    /** Options are stored by value; a filter may name the label a page shows (募集中 for recruiting). */
    private static String storedValue(Optional<SearchableType> type, String property, String value) {
        return type.flatMap(t -> t.keywordProperty(property))
                .filter(PropertyDefinition::hasOptions)
                .flatMap(p -> p.findOption(value))
                .map(PropertyOption::value)
                .orElse(value);
    }

    private List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] page, UserQuery words, List<String> textProperties)
            throws IOException {
        int[] highlighted = Arrays.stream(page).limit(words.isBlank() ? 0 : MAX_HIGHLIGHTED_HITS)
                .mapToInt(d -> d.doc).toArray();
        List<Map<String, String>> highlights =
                highlighter.highlight(searcher, queries.highlight(words, textProperties), highlighted, textProperties);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document stored = searcher.storedFields().document(page[i].doc, HIT_FIELDS);
            float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
            hits.add(new SearchHit(UUID.fromString(stored.get(SearchFields.ID)), stored.get(SearchFields.WORKSPACE),
                    stored.get(SearchFields.NAME), score, i < highlights.size() ? highlights.get(i) : Map.of()));
        }
        return hits;
    }
}

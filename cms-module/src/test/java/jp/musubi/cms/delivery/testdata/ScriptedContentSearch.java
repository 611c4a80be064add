package jp.musubi.cms.delivery.testdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jp.musubi.cms.content.PublishedItem;
import jp.musubi.cms.search.ContentSearch;
import jp.musubi.cms.search.SearchHit;
import jp.musubi.cms.search.SearchQuery;
import jp.musubi.cms.search.SearchResult;

/**
 * A search that answers what a test told it to, in the order given (best first): the delivery
 * tests check what the API does with hits, not how Lucene finds them.
 */
public class ScriptedContentSearch implements ContentSearch {

    private final Map<String, List<SearchHit>> answers = new ConcurrentHashMap<>();
    private final List<SearchQuery> queries = new ArrayList<>();

    /** From now on, a search for {@code text} in the items' workspace returns these, best first. */
    public void answer(String text, PublishedItem... items) {
        List<SearchHit> hits = new ArrayList<>();
        float score = items.length;
        for (PublishedItem item : items) {
            hits.add(new SearchHit(item.id(), item.workspace(), item.name(), score--, Map.of()));
        }
        answers.put(text, List.copyOf(hits));
    }

    @Override
    public synchronized SearchResult search(SearchQuery query) {
        queries.add(query);
        List<SearchHit> hits = answers.getOrDefault(query.text(), List.of()).stream()
                .filter(hit -> query.workspace() == null || hit.workspace().equals(query.workspace()))
                .toList();
        List<SearchHit> page = hits.subList(Math.min(query.offset(), hits.size()),
                Math.min(query.offset() + query.limit(), hits.size()));
        return new SearchResult(hits.size(), page);
    }

    @Override
    public int rebuild() {
        return 0;
    }

    /** Forgets answers and recorded queries. */
    public synchronized void reset() {
        answers.clear();
        queries.clear();
    }

    public synchronized List<SearchQuery> queries() {
        return List.copyOf(queries);
    }
}

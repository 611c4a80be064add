package jp.musubi.cms.suggestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jp.musubi.cms.content.ContentChangeLog;
import jp.musubi.cms.content.PublishedContent;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.springframework.stereotype.Service;

/**
 * Ranks published seeds and member profiles for a described need. BM25 (Kuromoji) chooses the
 * candidates; maximal marginal relevance then orders them so that similar items do not crowd the
 * list and no organization holds more than one of the first {@code distinctTop} places. Staff
 * choose from the list; nothing is sent from here.
 */
@Service
public class Suggestions {

    private final PublishedContent content;
    private final ContentChangeLog changes;
    private final SuggestionProperties properties;
    private final Analyzer analyzer = new JapaneseAnalyzer(null, JapaneseTokenizer.Mode.SEARCH,
            JapaneseAnalyzer.getDefaultStopSet(), JapaneseAnalyzer.getDefaultStopTags());
    private SuggestionIndex index;
    private long indexedSequence = -1;

    public Suggestions(PublishedContent content, ContentChangeLog changes, SuggestionProperties properties) {
        this.content = content;
        this.changes = changes;
        this.properties = properties == null ? SuggestionProperties.defaults() : properties;
    }

    /**
     * @param need  the issue in words: business, current state, goal, constraints…
     * @param limit how many to return
     * @return best first; empty when the text has no searchable words
     */
    public List<Suggestion> suggest(String need, int limit) {
        SuggestionIndex current = index();
        List<SuggestionIndex.Hit> hits = current.search(need, Math.max(limit, properties.candidates()));
        return describe(current, need, rerank(hits, limit));
    }

    /** Plain BM25 order without the re-rank, for comparing the two (the benchmark and the quality test). */
    List<Suggestion> plain(String need, int limit) {
        SuggestionIndex current = index();
        List<SuggestionIndex.Hit> hits = current.search(need, limit);
        return describe(current, need, hits);
    }

    /**
     * Greedy MMR: each place goes to the candidate with the best {@code λ·relevance − (1−λ)·similarity}
     * to those already placed; within the first {@code distinctTop} places an organization already placed
     * is skipped. When only such candidates are left the list ends there, so the rule always holds.
     */
    List<SuggestionIndex.Hit> rerank(List<SuggestionIndex.Hit> hits, int limit) {
        if (hits.isEmpty()) {
            return List.of();
        }
        double top = hits.get(0).score();
        double lambda = properties.lambda();
        List<SuggestionIndex.Hit> remaining = new ArrayList<>(hits);
        List<SuggestionIndex.Hit> chosen = new ArrayList<>();
        Set<String> organizations = new HashSet<>();
        while (chosen.size() < limit && !remaining.isEmpty()) {
            boolean distinct = chosen.size() < properties.distinctTop();
            SuggestionIndex.Hit best = null;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (SuggestionIndex.Hit candidate : remaining) {
                if (distinct && organizations.contains(candidate.item().organizationKey())) {
                    continue;
                }
                double redundancy = 0;
                for (SuggestionIndex.Hit placed : chosen) {
                    redundancy = Math.max(redundancy, similarity(candidate.item(), placed.item()));
                }
                double value = lambda * candidate.score() / top - (1 - lambda) * redundancy;
                if (value > bestValue) {
                    bestValue = value;
                    best = candidate;
                }
            }
            if (best == null) {
                break;
            }
            chosen.add(best);
            organizations.add(best.item().organizationKey());
            remaining.remove(best);
        }
        return chosen;
    }

    /** Items of one organization are alike by definition; otherwise the overlap of their words. */
    private static double similarity(SuggestionIndex.Item a, SuggestionIndex.Item b) {
        if (a.organizationKey().equals(b.organizationKey())) {
            return 1;
        }
        Set<String> union = new HashSet<>(a.terms());
        union.addAll(b.terms());
        if (union.isEmpty()) {
            return 0;
        }
        long shared = a.terms().stream().filter(b.terms()::contains).count();
        return (double) shared / union.size();
    }

    private static List<Suggestion> describe(SuggestionIndex index, String need, List<SuggestionIndex.Hit> hits) {
        Set<String> asked = index.terms(need).keySet();
        List<Suggestion> out = new ArrayList<>();
        for (SuggestionIndex.Hit hit : hits) {
            SuggestionIndex.Item item = hit.item();
            List<String> matched = asked.stream().filter(item.terms()::contains)
                    .sorted(Comparator.comparingDouble(index::idf).reversed().thenComparing(Comparator.naturalOrder()))
                    .toList();
            Set<String> marks = new LinkedHashSet<>(matched);
            // 人材情報 has no page of its own: it is shown with its member's profile.
            String path = switch (item.workspace()) {
                case "seeds" -> "/seeds/" + item.name();
                case "talents" -> "/members/" + item.organizationKey();
                default -> "/members/" + item.name();
            };
            out.add(new Suggestion(item.workspace(), item.name(), item.title(), item.organizationKey(),
                    item.organizationName(), hit.score(), matched.subList(0, Math.min(10, matched.size())),
                    index.highlight(item.summary(), marks), path));
        }
        return out;
    }

    /** Rebuilt when the content change log has moved on since the last build. */
    private synchronized SuggestionIndex index() {
        long sequence = changes.lastSequence();
        if (index == null || sequence != indexedSequence) {
            index = SuggestionIndex.build(content, analyzer);
            indexedSequence = sequence;
        }
        return index;
    }
}

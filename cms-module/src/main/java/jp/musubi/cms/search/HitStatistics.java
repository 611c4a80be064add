package jp.musubi.cms.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts all hits, and per keyword property how many hits carry each value (facets), in the same pass
 * as the top hits are collected. Reads the doc values the keyword fields already have, so the facet
 * counts need no extra index structure.
 */
final class HitStatistics implements CollectorManager<HitStatistics.Counter, HitStatistics.Result> {

    static final int MAX_FACET_VALUES = 50;

    private final List<String> facetProperties;

    HitStatistics(List<String> facetProperties) {
        this.facetProperties = List.copyOf(facetProperties);
    }

    record Result(long total, Map<String, List<FacetCount>> facets) {
    }

    @Override
    public Counter newCollector() {
        return new Counter(facetProperties);
    }

    @Override
    public Result reduce(Collection<Counter> counters) {
        long total = 0;
        Map<String, Map<String, Long>> merged = new LinkedHashMap<>();
        facetProperties.forEach(p -> merged.put(p, new HashMap<>()));
        for (Counter counter : counters) {
            total += counter.total;
            counter.counts.forEach((property, values) ->
                    values.forEach((value, count) -> merged.get(property).merge(value, count, Long::sum)));
        }
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        merged.forEach((property, values) -> facets.put(property, values.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_FACET_VALUES)
                .map(e -> new FacetCount(e.getKey(), e.getValue()))
                .toList()));
        return new Result(total, facets);
    }

    /** Not thread-safe: Lucene gives each search thread its own collector and reduces them after. */
    static final class Counter implements Collector {

        private final List<String> facetProperties;
        private final Map<String, Map<String, Long>> counts = new HashMap<>();
        private long total;

        Counter(List<String> facetProperties) {
            this.facetProperties = facetProperties;
            facetProperties.forEach(p -> counts.put(p, new HashMap<>()));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            List<SortedSetDocValues> values = new ArrayList<>();
            List<long[]> ordinalCounts = new ArrayList<>();
            for (String property : facetProperties) {
                SortedSetDocValues docValues = DocValues.getSortedSet(context.reader(), SearchFields.keyword(property));
                values.add(docValues);
                ordinalCounts.add(new long[(int) docValues.getValueCount()]);
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) throws IOException {
                    total++;
                    for (int i = 0; i < values.size(); i++) {
                        SortedSetDocValues docValues = values.get(i);
                        if (docValues.advanceExact(doc)) {
                            long[] perOrdinal = ordinalCounts.get(i);
                            for (int n = docValues.docValueCount(); n > 0; n--) {
                                perOrdinal[(int) docValues.nextOrd()]++;
                            }
                        }
                    }
                }

                @Override
                public void finish() throws IOException {
                    // Ordinals are per segment: turn them into values before the next segment.
                    for (int i = 0; i < values.size(); i++) {
                        long[] perOrdinal = ordinalCounts.get(i);
                        Map<String, Long> byValue = counts.get(facetProperties.get(i));
                        for (int ord = 0; ord < perOrdinal.length; ord++) {
                            if (perOrdinal[ord] > 0) {
                                byValue.merge(values.get(i).lookupOrd(ord).utf8ToString(), perOrdinal[ord], Long::sum);
                            }
                        }
                    }
                }
            };
        }
    }
}

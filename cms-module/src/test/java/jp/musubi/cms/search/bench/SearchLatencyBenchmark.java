package jp.musubi.cms.search.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jp.musubi.cms.search.DemoContent;
import jp.musubi.cms.search.InMemoryContentStore;
import jp.musubi.cms.search.SearchFixture;
import jp.musubi.cms.search.SearchQuery;
import jp.musubi.cms.search.SearchResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Search latency over 20,000 generated seeds, for a mix of what the public site and the delivery API
 * ask: one or two words, with and without a tag filter, a second page, the plain listing, a search of
 * all workspaces. SampleTime mode, so the percentiles (p95) of single searches are reported.
 * Run with {@code bench/search/run.sh}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Threads(1)
public class SearchLatencyBenchmark {

    static final int SEEDS = 20_000;

    private static final List<SearchQuery> MIX = List.of(
            SearchQuery.of("seeds", "IoT センサー", 10),
            SearchQuery.of("seeds", "ドローン 点検", 10),
            SearchQuery.of("seeds", "老朽化", 10),
            SearchQuery.of("seeds", "観光 混雑", 10),
            SearchQuery.of("seeds", "見守り", 10),
            SearchQuery.of("seeds", "AI", 10),
            SearchQuery.of("seeds", "水位センサー", 10),
            SearchQuery.of("seeds", "熱中症対策", 10),
            new SearchQuery("seeds", "データ", Map.of("fields", List.of("防災")), 0, 10),
            new SearchQuery("seeds", "", Map.of("tags", List.of("IoT")), 0, 10),
            new SearchQuery("seeds", "センサー", Map.of(), 20, 10),
            SearchQuery.of("seeds", "", 10),
            SearchQuery.of(null, "農業 ハウス 遠隔", 10),
            SearchQuery.of(null, "窓口 申請書 デジタル化", 10));

    private SearchFixture fixture;
    private int next;

    @Setup(Level.Trial)
    public void index() {
        InMemoryContentStore store = new InMemoryContentStore();
        new SeedGenerator(DemoContent.load(SearchFixture.REGISTRY), 20_261_122L).seeds(SEEDS).forEach(store::publish);
        fixture = SearchFixture.inMemory(store);
        long started = System.nanoTime();
        int indexed = fixture.rebuild();
        System.out.printf("%nindexed %d generated seeds in %d ms%n", indexed, (System.nanoTime() - started) / 1_000_000);
        for (SearchQuery query : MIX) {
            SearchResult result = fixture.search().search(query);
            System.out.printf("  %-40s total %6d%n", query.text() + " " + query.filters(), result.total());
        }
    }

    @Benchmark
    public SearchResult search() {
        SearchQuery query = MIX.get(next);
        next = (next + 1) % MIX.size();
        return fixture.search().search(query);
    }

    @TearDown(Level.Trial)
    public void close() {
        fixture.close();
    }
}

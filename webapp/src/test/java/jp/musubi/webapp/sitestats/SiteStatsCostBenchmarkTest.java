package jp.musubi.webapp.sitestats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.Filter;
import jp.musubi.cms.sitestats.SiteStatistics;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * "Access-log recording adds no measurable cost to a page view" (issue 15): public page views through the
 * application's own filters (the published-response cache, security, …) over the demo site, with the statistics
 * filter and without it (as with {@code musubi.sitestats.enabled=false}), in one
 * JVM and one run, interleaved round by round so that both see the same machine. The background flush runs as in
 * production (every 5 s) while the "with" rounds queue their hits. Opt-in, it measures the machine:
 * {@code bench/sitestats/run.sh} (or {@code ./mvnw -o -q -pl webapp -am test -Dtest=SiteStatsCostBenchmarkTest
 * -Dmusubi.bench=true -Dsurefire.failIfNoSpecifiedTests=false}); figures go to standard output.
 */
@MusubiSpringBootTest
@EnabledIfSystemProperty(named = "musubi.bench", matches = "true")
class SiteStatsCostBenchmarkTest {

    private static final List<String> PAGES = List.of("/", "/articles", "/issues", "/seeds", "/members", "/events");

    @Autowired
    WebApplicationContext context;
    @Autowired
    SiteStatistics statistics;

    @Test
    void pageViewsWithAndWithoutRecording() throws Exception {
        int rounds = Integer.getInteger("musubi.bench.rounds", 20);
        int perRound = Integer.getInteger("musubi.bench.requests", 300);
        MockMvc with = mvc(true);
        MockMvc without = mvc(false);
        for (String page : PAGES) {
            assertThat(with.perform(get(page)).andReturn().getResponse().getStatus()).as(page).isEqualTo(200);
        }
        // Warm-up of both (JIT, the response cache filled).
        run(with, 2000);
        run(without, 2000);
        List<Long> withTimes = new ArrayList<>();
        List<Long> withoutTimes = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            // Alternate which goes first, so neither always follows a flush or a GC of the other.
            if (round % 2 == 0) {
                withTimes.addAll(run(with, perRound));
                withoutTimes.addAll(run(without, perRound));
            } else {
                withoutTimes.addAll(run(without, perRound));
                withTimes.addAll(run(with, perRound));
            }
        }
        long flushStart = System.nanoTime();
        int flushed = statistics.flush();
        long flushNanos = System.nanoTime() - flushStart;
        System.out.printf("load average %s, %d processors%n", loadAverage(), Runtime.getRuntime().availableProcessors());
        print("page view WITH recording   ", withTimes);
        print("page view WITHOUT recording", withoutTimes);
        System.out.printf("last background flush: %d hits queued since the previous one, written in %.1f ms (off the request thread)%n",
                flushed, flushNanos / 1e6);
    }

    /**
     * The application's filters in their order, as the servlet container gets them (the same collection
     * {@code @AutoConfigureMockMvc} uses), the statistics filter only when {@code recording}.
     */
    private MockMvc mvc(boolean recording) {
        List<Filter> filters = new ArrayList<>();
        for (var initializer : new org.springframework.boot.web.servlet.ServletContextInitializerBeans(context)) {
            if (initializer instanceof org.springframework.boot.web.servlet.AbstractFilterRegistrationBean<?> registration
                    && registration.isEnabled()) {
                Filter filter = registration.getFilter();
                if (recording || !isStatistics(filter)) {
                    filters.add(filter);
                }
            }
        }
        assertThat(filters.stream().anyMatch(SiteStatsCostBenchmarkTest::isStatistics)).isEqualTo(recording);
        return MockMvcBuilders.webAppContextSetup(context).addFilters(filters.toArray(Filter[]::new)).build();
    }

    /** The filter is the statistics module's own (package-private) class. */
    private static boolean isStatistics(Filter filter) {
        return filter.getClass().getName().equals("jp.musubi.cms.sitestats.SiteStatsFilter");
    }

    private static List<Long> run(MockMvc mvc, int requests) throws Exception {
        List<Long> times = new ArrayList<>(requests);
        for (int i = 0; i < requests; i++) {
            String page = PAGES.get(i % PAGES.size());
            String address = "203.0.113." + (i % 200);
            long start = System.nanoTime();
            int status = mvc.perform(get(page).header("User-Agent", "bench " + (i % 40))
                    .with(r -> {
                        r.setRemoteAddr(address);
                        return r;
                    })).andReturn().getResponse().getStatus();
            times.add(System.nanoTime() - start);
            if (status != 200) {
                throw new IllegalStateException(page + " answered " + status);
            }
        }
        return times;
    }

    private static void print(String what, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        double mean = Arrays.stream(sorted).average().orElse(0);
        System.out.printf("%s: n=%d mean=%.3f ms p50=%.3f ms p95=%.3f ms p99=%.3f ms%n", what, sorted.length, mean / 1e6,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1] / 1e6);
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}

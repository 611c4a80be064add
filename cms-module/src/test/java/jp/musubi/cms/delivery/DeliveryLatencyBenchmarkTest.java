package jp.musubi.cms.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.cms.content.PublishedItem;
import jp.musubi.cms.delivery.testdata.InMemoryContentChangeLog;
import jp.musubi.cms.delivery.testdata.InMemoryPublishedContent;
import jp.musubi.cms.delivery.testdata.ScriptedContentSearch;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * In-process latency of the delivery service over 5,000 published articles (the shipped article
 * type, ~2 KB of body each), without HTTP. Opt-in, as it takes a while and measures the machine:
 * {@code ./mvnw -B -o -q -pl cms-module -am test -Dtest=DeliveryLatencyBenchmarkTest -Dmusubi.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; figures go to standard output.
 */
@EnabledIfSystemProperty(named = "musubi.bench", matches = "true")
class DeliveryLatencyBenchmarkTest {

    private static final int ITEMS = 5000;

    @Test
    void thousandsOfItemsAreServedInMilliseconds() {
        ContentTypeRegistry registry = ContentTypeRegistry.loadFromClasspath();
        InMemoryContentChangeLog log = new InMemoryContentChangeLog();
        InMemoryPublishedContent content = new InMemoryPublishedContent(log);
        List<PublishedItem> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            items.add(content.publish(article(i, "記事タイトル その" + i)));
        }
        ScriptedContentSearch search = new ScriptedContentSearch();
        search.answer("防災", items.subList(0, 800).toArray(PublishedItem[]::new));
        PublishedSnapshots snapshots = new PublishedSnapshots(content, log, DeliveryProperties.defaults(),
                System::nanoTime, Clock.systemUTC());
        DeliveryService service = new DeliveryService(registry, snapshots,
                new EndpointViews(snapshots, registry, Clock.systemUTC()), search, DeliveryProperties.defaults());

        long start = System.nanoTime();
        service.list("articles", Map.of());
        System.out.printf("first request, %d items read and rendered: %.0f ms%n", ITEMS, millis(System.nanoTime() - start));

        double plain = report(service, "limit=10", Map.of("limit", List.of("10")));
        report(service, "limit=100", Map.of("limit", List.of("100")));
        report(service, "orderBy=mgnl:lastActivated desc", Map.of("orderBy", List.of("mgnl:lastActivated desc")));
        double filtered = report(service, "category=news&tags[in]=tag3|tag9&orderBy=title desc", Map.of(
                "category", List.of("news"), "tags[in]", List.of("tag3|tag9"), "orderBy", List.of("title desc")));
        report(service, "title[like]=%その4%", Map.of("title[like]", List.of("%その4%")));
        report(service, "q=防災 (800 hits)", Map.of("q", List.of("防災")));

        long[] afterPublication = new long[20];
        for (int i = 0; i < afterPublication.length; i++) {
            content.publish(article(i, "改訂 " + i));
            long t = System.nanoTime();
            service.list("articles", Map.of("limit", List.of("10")));
            afterPublication[i] = System.nanoTime() - t;
        }
        Arrays.sort(afterPublication);
        System.out.printf("first request after a publication: median %.1f ms, max %.1f ms%n",
                millis(afterPublication[afterPublication.length / 2]), millis(afterPublication[afterPublication.length - 1]));

        assertThat(plain).as("median ms of a plain page").isLessThan(5);
        assertThat(filtered).as("median ms of a filtered, sorted page").isLessThan(20);
    }

    private static PublishedItem article(int i, String title) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("title", title);
        properties.put("category", List.of("issue", "seed", "system", "dx-case", "event", "news").get(i % 6));
        properties.put("lead", "リード文 " + i);
        properties.put("body", "<p>" + "栃木県内の市町と会員企業が連携し、地域課題の解決に向けた取組を進めています。".repeat(30) + "</p>");
        properties.put("tags", List.of("防災", "tag" + (i % 50)));
        properties.put("image", "img-" + i);
        Instant at = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i * 600L);
        return new PublishedItem(UUID.nameUUIDFromBytes(("article-" + i).getBytes()), "article", "articles",
                "article-" + i, "/article-" + i, properties, 1, PublicationStatus.PUBLISHED, at, Instant.now(), at);
    }

    /** Runs the request 3,000 times after 2,000 warm-up runs; prints median and p99, returns the median in ms. */
    private static double report(DeliveryService service, String label, Map<String, List<String>> parameters) {
        for (int i = 0; i < 2000; i++) {
            service.list("articles", parameters);
        }
        long[] samples = new long[3000];
        for (int i = 0; i < samples.length; i++) {
            long t = System.nanoTime();
            service.list("articles", parameters);
            samples[i] = System.nanoTime() - t;
        }
        Arrays.sort(samples);
        double median = millis(samples[samples.length / 2]);
        System.out.printf("%-55s median %.3f ms, p99 %.3f ms%n", label, median, millis(samples[samples.length * 99 / 100]));
        return median;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}

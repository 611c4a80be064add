package jp.musubi.webapp.operations;

import static jp.musubi.webapp.operations.OperationsTexts.TEXTS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.search.Search;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * The 稼働状況 page's figures, read from the same meters {@code /actuator/prometheus} exposes, so the
 * page and the monitoring never disagree. Lines an operator should act on are marked.
 */
@Component
class HealthFigures {

    private final MeterRegistry registry;
    private final RepositoryService repository;

    HealthFigures(MeterRegistry registry, RepositoryService repository) {
        this.registry = registry;
        this.repository = repository;
    }

    List<HealthSection> sections() {
        return List.of(mail(), newsletter(), processes(), search(), pageCache(), http(), jvm());
    }

    private HealthSection mail() {
        long pending = gauge("musubi.mail.outbox.messages", "status", "pending");
        long sending = gauge("musubi.mail.outbox.messages", "status", "sending");
        long failed = gauge("musubi.mail.outbox.messages", "status", "failed");
        double oldest = value(registry.find("musubi.mail.outbox.oldest.pending").gauge());
        return new HealthSection(TEXTS.get("operations.health.mail"), List.of(
                new HealthRow(TEXTS.get("operations.health.mail.pending"), count(pending + sending), false),
                new HealthRow(TEXTS.get("operations.health.mail.oldest"), age(oldest), oldest > 3600),
                new HealthRow(TEXTS.get("operations.health.mail.failed"), count(failed), failed > 0)));
    }

    private HealthSection newsletter() {
        long active = gauge("musubi.newsletter.sends.active", null, null);
        String progress = active == 0 ? TEXTS.get("operations.health.newsletter.none")
                : TEXTS.get("operations.health.newsletter.progress",
                gauge("musubi.newsletter.recipients", "state", "total"),
                gauge("musubi.newsletter.recipients", "state", "sent"),
                gauge("musubi.newsletter.recipients", "state", "failed"));
        return new HealthSection(TEXTS.get("operations.health.newsletter"), List.of(
                new HealthRow(TEXTS.get("operations.health.newsletter.active"), count(active), false),
                new HealthRow(TEXTS.get("operations.health.newsletter.recipients"), progress,
                        gauge("musubi.newsletter.recipients", "state", "failed") > 0)));
    }

    private HealthSection processes() {
        Map<String, String> names = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .collect(Collectors.toMap(ProcessDefinition::getKey,
                        definition -> definition.getName() == null ? definition.getKey() : definition.getName(),
                        (a, b) -> a));
        List<HealthRow> rows = new ArrayList<>();
        registry.find("musubi.process.tasks.open").gauges().stream()
                .sorted(Comparator.comparing((Gauge gauge) -> names.getOrDefault(gauge.getId().getTag("process"), "")))
                .forEach(gauge -> {
                    String key = gauge.getId().getTag("process");
                    rows.add(new HealthRow(TEXTS.get("operations.health.tasks.of", names.getOrDefault(key, key)),
                            count((long) gauge.value()), false));
                });
        long deadLetters = gauge("musubi.process.jobs", "kind", "deadletter");
        rows.add(new HealthRow(TEXTS.get("operations.health.jobs.timer"), count(gauge("musubi.process.jobs", "kind", "timer")), false));
        rows.add(new HealthRow(TEXTS.get("operations.health.jobs.deadletter"), count(deadLetters), deadLetters > 0));
        return new HealthSection(TEXTS.get("operations.health.processes"), rows);
    }

    private HealthSection search() {
        long lag = gauge("musubi.search.index.lag", null, null);
        return new HealthSection(TEXTS.get("operations.health.search"), List.of(new HealthRow(
                TEXTS.get("operations.health.search.lag"),
                lag == 0 ? TEXTS.get("operations.health.search.current") : TEXTS.get("operations.health.search.behind", lag),
                lag > 100)));
    }

    private HealthSection pageCache() {
        double ratio = value(registry.find("musubi.page.cache.hit.ratio").gauge());
        double hits = counter("musubi.page.cache.requests", "hit");
        double misses = counter("musubi.page.cache.requests", "miss");
        return new HealthSection(TEXTS.get("operations.health.cache"), List.of(
                new HealthRow(TEXTS.get("operations.health.cache.ratio"), hits + misses == 0
                        ? TEXTS.get("operations.health.cache.noRequests")
                        : TEXTS.get("operations.health.cache.ratioValue", Math.round(ratio * 1000) / 10.0,
                        (long) hits, (long) misses), false),
                new HealthRow(TEXTS.get("operations.health.cache.entries"),
                        count(gauge("musubi.page.cache.entries", null, null)), false)));
    }

    private HealthSection http() {
        List<Timer> timers = new ArrayList<>(registry.find("http.server.requests").timers());
        long requests = timers.stream().mapToLong(Timer::count).sum();
        double totalMillis = timers.stream().mapToDouble(timer -> timer.totalTime(TimeUnit.MILLISECONDS)).sum();
        long serverErrors = timers.stream().filter(timer -> "SERVER_ERROR".equals(timer.getId().getTag("outcome")))
                .mapToLong(Timer::count).sum();
        return new HealthSection(TEXTS.get("operations.health.http"), List.of(
                new HealthRow(TEXTS.get("operations.health.http.requests"), count(requests), false),
                new HealthRow(TEXTS.get("operations.health.http.mean"), requests == 0 ? "—"
                        : TEXTS.get("operations.health.http.millis", Math.round(totalMillis / requests)), false),
                new HealthRow(TEXTS.get("operations.health.http.errors"), count(serverErrors), serverErrors > 0)));
    }

    private HealthSection jvm() {
        double used = sum(registry.find("jvm.memory.used").tag("area", "heap"), Gauge::value);
        double max = sum(registry.find("jvm.memory.max").tag("area", "heap"), Gauge::value);
        double uptime = registry.find("process.uptime").timeGauge() == null ? 0
                : registry.find("process.uptime").timeGauge().value(TimeUnit.SECONDS);
        return new HealthSection(TEXTS.get("operations.health.jvm"), List.of(
                new HealthRow(TEXTS.get("operations.health.jvm.heap"), TEXTS.get("operations.health.jvm.heapValue",
                        Math.round(used / 1048576), Math.round(max / 1048576)), max > 0 && used / max > 0.9),
                new HealthRow(TEXTS.get("operations.health.jvm.uptime"), age(uptime), false)));
    }

    private long gauge(String name, String tag, String value) {
        Search search = registry.find(name);
        if (tag != null) {
            search = search.tag(tag, value);
        }
        return Math.round(value(search.gauge()));
    }

    private double counter(String name, String result) {
        var counter = registry.find(name).tag("result", result).functionCounter();
        return counter == null ? 0 : counter.count();
    }

    private static double sum(Search search, Function<Gauge, Double> value) {
        return search.gauges().stream().mapToDouble(gauge -> Math.max(0, value.apply(gauge))).sum();
    }

    private static double value(Gauge gauge) {
        return gauge == null || Double.isNaN(gauge.value()) ? 0 : gauge.value();
    }

    private static String count(long n) {
        return TEXTS.get("operations.health.count", n);
    }

    /** Seconds in words: 「3分」「2時間15分」「1日4時間」. */
    static String age(double seconds) {
        long total = Math.round(seconds);
        if (total < 60) {
            return TEXTS.get("operations.health.seconds", total);
        }
        long minutes = total / 60;
        if (minutes < 60) {
            return TEXTS.get("operations.health.minutes", minutes);
        }
        long hours = minutes / 60;
        if (hours < 24) {
            return TEXTS.get("operations.health.hoursMinutes", hours, minutes % 60);
        }
        return TEXTS.get("operations.health.daysHours", hours / 24, hours % 24);
    }
}

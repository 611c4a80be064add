package jp.musubi.webapp.operations;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.common.RetentionRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily retention run: for each contributed {@link RetentionRule}, the cutoff is the start of
 * (today in Asia/Tokyo minus the rule's period), the rule erases what is older, and one log line per
 * rule says how many (counter {@code musubi.retention.erased} by rule). A failing rule is logged and
 * the others still run. On several nodes each runs it; every rule's erasure is idempotent.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final List<RetentionRule> rules;
    private final RetentionProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    RetentionJob(List<RetentionRule> rules, RetentionProperties properties, Clock clock, MeterRegistry meters) {
        this.rules = rules.stream().sorted(Comparator.comparing(RetentionRule::id)).toList();
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(cron = "${musubi.retention.cron:0 15 3 * * *}", zone = "Asia/Tokyo")
    void runDaily() {
        run();
    }

    List<RetentionResult> run() {
        List<RetentionResult> results = new ArrayList<>();
        for (RetentionRule rule : rules) {
            Period period = properties.periods().get(rule.id());
            if (period == null) {
                log.warn("Retention {}: no period in musubi.retention.periods, every record is kept", rule.id());
                results.add(new RetentionResult(rule.id(), null, null, 0));
                continue;
            }
            Instant cutoff = JapaneseTimes.today(clock).minus(period).atStartOfDay(JapaneseTimes.ZONE).toInstant();
            try {
                int erased = rule.eraseBefore(cutoff);
                Counter.builder("musubi.retention.erased").tag("rule", rule.id())
                        .description("Records erased by the daily retention job").register(meters).increment(erased);
                log.info("Retention {}: {} records from before {} erased (kept {})", rule.id(), erased, cutoff, period);
                results.add(new RetentionResult(rule.id(), period, cutoff, erased));
            } catch (RuntimeException e) {
                log.error("Retention {}: erasing records from before {} failed; retried tomorrow", rule.id(), cutoff, e);
            }
        }
        return results;
    }
}

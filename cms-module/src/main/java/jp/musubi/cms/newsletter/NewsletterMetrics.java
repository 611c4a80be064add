package jp.musubi.cms.newsletter;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jp.musubi.cms.common.Snapshot;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Progress of the newsletters not completed yet: {@code musubi.newsletter.sends.active} and
 * {@code musubi.newsletter.recipients} by state — {@code total} (recipients of those sends),
 * {@code enqueued} (written to the outbox), {@code sent} and {@code failed} (counted from the outbox,
 * the source of truth, like {@link NewsletterProgress}).
 */
class NewsletterMetrics implements MeterBinder {

    static final String ACTIVE = "musubi.newsletter.sends.active";
    static final String RECIPIENTS = "musubi.newsletter.recipients";
    private static final String[] STATES = {"total", "enqueued", "sent", "failed"};

    private final JdbcClient jdbc;
    private final Snapshot<Map<String, Long>> figures;

    NewsletterMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.figures = new Snapshot<>(this::read, Duration.ofSeconds(1));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(ACTIVE, figures, snapshot -> snapshot.get().get("active"))
                .description("Newsletter sends being prepared or delivered")
                .register(registry);
        for (String state : STATES) {
            Gauge.builder(RECIPIENTS, figures, snapshot -> snapshot.get().get(state))
                    .tag("state", state)
                    .description("Recipients of the newsletter sends not completed yet")
                    .register(registry);
        }
    }

    private Map<String, Long> read() {
        Map<String, Long> result = new HashMap<>();
        jdbc.sql("SELECT COUNT(*) AS active, COALESCE(SUM(total), 0) AS total, COALESCE(SUM(enqueued), 0) AS enqueued"
                        + " FROM newsletter_send WHERE status <> 'COMPLETED'")
                .query(rs -> {
                    result.put("active", rs.getLong("active"));
                    result.put("total", rs.getLong("total"));
                    result.put("enqueued", rs.getLong("enqueued"));
                });
        result.put("sent", 0L);
        result.put("failed", 0L);
        jdbc.sql("SELECT o.status, COUNT(*) AS n FROM mail_outbox o JOIN newsletter_send s"
                        + " ON o.correlation = CONCAT('newsletter:', CAST(s.id AS VARCHAR(20)))"
                        + " WHERE s.status <> 'COMPLETED' AND o.status IN ('SENT', 'FAILED') GROUP BY o.status")
                .query((rs, row) -> Map.entry(rs.getString("status").toLowerCase(java.util.Locale.ROOT), rs.getLong("n")))
                .list()
                .forEach(count -> result.put(count.getKey(), count.getValue()));
        return result;
    }
}

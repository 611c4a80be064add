package jp.musubi.cms.mail;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jp.musubi.cms.common.Snapshot;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox as operators watch it: {@code musubi.mail.outbox.messages} by status (a growing PENDING
 * backlog means the SMTP server is not taking mail, FAILED ones wait for an administrator) and the age
 * of the oldest waiting message. Counted over the whole outbox, so every node reports the same figure.
 */
class OutboxMetrics implements MeterBinder {

    static final String MESSAGES = "musubi.mail.outbox.messages";
    static final String OLDEST_PENDING = "musubi.mail.outbox.oldest.pending";

    private final JdbcClient jdbc;
    private final java.time.Clock clock;
    private final Snapshot<Map<MailStatus, Long>> counts;
    private final Snapshot<Double> oldestPendingSeconds;

    OutboxMetrics(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.counts = new Snapshot<>(this::readCounts, Duration.ofSeconds(1));
        this.oldestPendingSeconds = new Snapshot<>(this::readOldestPending, Duration.ofSeconds(1));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (MailStatus status : MailStatus.values()) {
            Gauge.builder(MESSAGES, counts, snapshot -> snapshot.get().get(status))
                    .tag("status", status.name().toLowerCase(java.util.Locale.ROOT))
                    .description("Mails in the outbox by status")
                    .register(registry);
        }
        Gauge.builder(OLDEST_PENDING, oldestPendingSeconds, Snapshot::get)
                .baseUnit("seconds")
                .description("Age of the oldest mail waiting to be sent (0 when none waits)")
                .register(registry);
    }

    private Map<MailStatus, Long> readCounts() {
        Map<MailStatus, Long> result = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            result.put(status, 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM mail_outbox WHERE status <> 'SENT' GROUP BY status")
                .query((rs, row) -> Map.entry(MailStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list()
                .forEach(count -> result.put(count.getKey(), count.getValue()));
        // SENT grows without bound; counted separately so the backlog query stays on the status index.
        result.put(MailStatus.SENT, jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT'")
                .query(Long.class).single());
        return result;
    }

    private Double readOldestPending() {
        return jdbc.sql("SELECT MIN(created_at) FROM mail_outbox WHERE status IN ('PENDING', 'SENDING')")
                .query((rs, row) -> java.util.Optional.ofNullable(rs.getTimestamp(1)))
                .single()
                .map(oldest -> Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toMillis() / 1000.0))
                .orElse(0.0);
    }
}

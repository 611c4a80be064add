package jp.musubi.cms.mail;

import static jp.musubi.cms.mail.OutboxRows.timestamp;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What administrators see of the outbox, and their one action on it: retrying a FAILED message. */
public class OutboxMessages {

    private final JdbcClient jdbc;
    private final Clock clock;

    public OutboxMessages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Newest first; {@code status} null for all. */
    public OutboxPage page(MailStatus status, int page, int size) {
        int safePage = Math.max(0, page);
        String where = status == null ? "" : " WHERE status = :status";
        var count = jdbc.sql("SELECT COUNT(*) FROM mail_outbox" + where);
        var list = jdbc.sql("SELECT " + OutboxRows.SUMMARY_COLUMNS + " FROM mail_outbox" + where
                + " ORDER BY id DESC LIMIT :limit OFFSET :offset");
        if (status != null) {
            count = count.param("status", status.name());
            list = list.param("status", status.name());
        }
        long total = count.query(Long.class).single();
        return new OutboxPage(list.param("limit", size).param("offset", (long) safePage * size)
                .query(OutboxRows.MESSAGE).list(), safePage, size, total);
    }

    public Optional<OutboxMessage> find(long id) {
        return jdbc.sql("SELECT " + OutboxRows.COLUMNS + " FROM mail_outbox WHERE id = ?")
                .param(id)
                .query(OutboxRows.MESSAGE)
                .optional();
    }

    /**
     * Puts a FAILED message back in the queue with a fresh count of attempts, due now. The last
     * error stays visible until the message is sent.
     *
     * @return false when the message is not (or no longer) FAILED
     */
    public boolean retry(long id) {
        return jdbc.sql("UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ? "
                        + "WHERE id = ? AND status = 'FAILED'")
                .params(timestamp(clock.instant()), id)
                .update() == 1;
    }

    /** How many mails of a job (see {@link OutgoingMail#correlation()}) are in each status. */
    public Map<MailStatus, Long> countByStatus(String correlation) {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("SELECT status, COUNT(*) AS n FROM mail_outbox WHERE correlation = ? GROUP BY status")
                .param(correlation)
                .query((rs, row) -> Map.entry(MailStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list()
                .forEach(count -> counts.put(count.getKey(), count.getValue()));
        return counts;
    }
}

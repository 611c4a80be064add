package jp.musubi.cms.mail;

import static jp.musubi.cms.mail.OutboxRows.timestamp;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sender's side of the outbox. Every state change is one conditional UPDATE in its own
 * (auto-commit) statement, so a row changes hands only if it is still in the state the sender saw:
 * two threads or nodes never both own a row, and a sender whose lease was taken over cannot mark it.
 */
public class OutboxStore {

    /** A row may be claimed when it is due, or when its sender's lease has run out (crash, hang). */
    private static final String CLAIMABLE =
            "((status = 'PENDING' AND next_attempt_at <= :now) OR (status = 'SENDING' AND lease_until < :now))";

    private final JdbcClient jdbc;

    public OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes up to {@code limit} claimable rows for {@code owner} until {@code leaseUntil}, counting an
     * attempt for each (so that a message that crashes its sender cannot be retried forever).
     * The outer condition is evaluated again on the locked row, which is what makes concurrent claims
     * disjoint (PostgreSQL re-checks it after waiting for the other updater; H2 likewise).
     */
    List<OutboxMessage> claim(String owner, Instant now, Instant leaseUntil, int limit) {
        int claimed = jdbc.sql("UPDATE mail_outbox SET status = 'SENDING', lease_owner = :owner, lease_until = :leaseUntil, "
                        + "attempts = attempts + 1 "
                        + "WHERE id IN (SELECT id FROM mail_outbox WHERE " + CLAIMABLE + " ORDER BY id LIMIT :limit) "
                        + "AND " + CLAIMABLE)
                .param("owner", owner)
                .param("leaseUntil", timestamp(leaseUntil))
                .param("now", timestamp(now))
                .param("limit", limit)
                .update();
        if (claimed == 0) {
            return List.of();
        }
        return jdbc.sql("SELECT " + OutboxRows.COLUMNS + " FROM mail_outbox WHERE lease_owner = ? AND status = 'SENDING' ORDER BY id")
                .param(owner)
                .query(OutboxRows.MESSAGE)
                .list();
    }

    /** Extends the lease of every row {@code owner} still holds; false if it holds none any more. */
    boolean renew(String owner, Instant leaseUntil) {
        return jdbc.sql("UPDATE mail_outbox SET lease_until = ? WHERE lease_owner = ? AND status = 'SENDING'")
                .params(timestamp(leaseUntil), owner)
                .update() > 0;
    }

    /** SENT, once: only the holder of the lease can make this transition, and only from SENDING. */
    boolean markSent(long id, String owner, Instant at) {
        return jdbc.sql("UPDATE mail_outbox SET status = 'SENT', sent_at = ?, lease_owner = NULL, lease_until = NULL "
                        + "WHERE id = ? AND lease_owner = ? AND status = 'SENDING'")
                .params(timestamp(at), id, owner)
                .update() == 1;
    }

    /** Back to PENDING for another attempt at {@code nextAttemptAt}, keeping the error for admin. */
    boolean markRetry(long id, String owner, Instant nextAttemptAt, String error) {
        return jdbc.sql("UPDATE mail_outbox SET status = 'PENDING', next_attempt_at = ?, last_error = ?, "
                        + "lease_owner = NULL, lease_until = NULL WHERE id = ? AND lease_owner = ? AND status = 'SENDING'")
                .params(timestamp(nextAttemptAt), truncate(error), id, owner)
                .update() == 1;
    }

    boolean markFailed(long id, String owner, String error) {
        return jdbc.sql("UPDATE mail_outbox SET status = 'FAILED', last_error = ?, lease_owner = NULL, lease_until = NULL "
                        + "WHERE id = ? AND lease_owner = ? AND status = 'SENDING'")
                .params(truncate(error), id, owner)
                .update() == 1;
    }

    /**
     * Gives back rows claimed but not attempted (the SMTP server went away mid-batch, or the sender
     * is stopping): due again at once, and the claim's attempt is not counted.
     */
    int release(String owner, Instant now) {
        return jdbc.sql("UPDATE mail_outbox SET status = 'PENDING', attempts = attempts - 1, next_attempt_at = ?, "
                        + "lease_owner = NULL, lease_until = NULL WHERE lease_owner = ? AND status = 'SENDING'")
                .params(timestamp(now), owner)
                .update();
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 1997) + "...";
    }
}

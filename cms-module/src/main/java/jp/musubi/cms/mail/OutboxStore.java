package jp.musubi.cms.mail;

import static jp.musubi.cms.mail.OutboxRows.timestamp;

import java.time.Instant;
import java.util.List;

import jp.musubi.cms.mail.notification.MailAttachment;

import jp.musubi.cms.node.NodeIdentity;
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

    /** A sender that lost every id it read this many times in a row leaves the rest to the others. */
    private static final int CLAIM_TRIES = 5;

    private final JdbcClient jdbc;
    private final NodeIdentity node;

    public OutboxStore(JdbcClient jdbc, NodeIdentity node) {
        this.jdbc = jdbc;
        this.node = node;
    }

    /**
     * Takes up to {@code limit} claimable rows for {@code owner} until {@code leaseUntil}, counting an
     * attempt for each (so that a message that crashes its sender cannot be retried forever).
     *
     * <p>Two statements: the first claimable ids are read, then updated under the same condition.
     * The condition is evaluated again on the locked row, which is what makes concurrent claims
     * disjoint (PostgreSQL re-checks it after waiting for the other updater; H2 likewise): when another
     * sender took all the ids just read, the next ones are read. (One {@code UPDATE … WHERE id IN
     * (SELECT … LIMIT)} did the same in one statement, but H2 ran its subquery for every row of the
     * table: a third of a second per claim once the outbox held 10,000 rows.)
     */
    List<OutboxMessage> claim(String owner, Instant now, Instant leaseUntil, int limit) {
        for (int tries = 0; tries < CLAIM_TRIES; tries++) {
            List<Long> candidates = jdbc.sql("SELECT id FROM mail_outbox WHERE " + CLAIMABLE + " ORDER BY id LIMIT :limit")
                    .param("now", timestamp(now))
                    .param("limit", limit)
                    .query(Long.class)
                    .list();
            if (candidates.isEmpty()) {
                return List.of();
            }
            int claimed = jdbc.sql("UPDATE mail_outbox SET status = 'SENDING', lease_owner = :owner, lease_until = :leaseUntil, "
                            + "lease_node = :node, attempts = attempts + 1 WHERE id IN (:ids) AND " + CLAIMABLE)
                    .param("owner", owner)
                    .param("node", node.id())
                    .param("leaseUntil", timestamp(leaseUntil))
                    .param("now", timestamp(now))
                    .param("ids", candidates)
                    .update();
            if (claimed > 0) {
                return jdbc.sql("SELECT " + OutboxRows.COLUMNS
                                + " FROM mail_outbox WHERE lease_owner = ? AND status = 'SENDING' ORDER BY id")
                        .param(owner)
                        .query(OutboxRows.MESSAGE)
                        .list();
            }
            // Every id read was claimed by another sender in between: read the next ones.
        }
        return List.of();
    }

    /** Extends the lease of every row {@code owner} still holds; false if it holds none any more. */
    boolean renew(String owner, Instant leaseUntil) {
        return jdbc.sql("UPDATE mail_outbox SET lease_until = ? WHERE lease_owner = ? AND status = 'SENDING'")
                .params(timestamp(leaseUntil), owner)
                .update() > 0;
    }

    /** SENT, once: only the holder of the lease can make this transition, and only from SENDING. */
    boolean markSent(long id, String owner, Instant at) {
        return jdbc.sql("UPDATE mail_outbox SET status = 'SENT', sent_at = ?, lease_owner = NULL, lease_until = NULL, lease_node = NULL "
                        + "WHERE id = ? AND lease_owner = ? AND status = 'SENDING'")
                .params(timestamp(at), id, owner)
                .update() == 1;
    }

    /** Back to PENDING for another attempt at {@code nextAttemptAt}, keeping the error for admin. */
    boolean markRetry(long id, String owner, Instant nextAttemptAt, String error) {
        return jdbc.sql("UPDATE mail_outbox SET status = 'PENDING', next_attempt_at = ?, last_error = ?, "
                        + "lease_owner = NULL, lease_until = NULL, lease_node = NULL WHERE id = ? AND lease_owner = ? AND status = 'SENDING'")
                .params(timestamp(nextAttemptAt), truncate(error), id, owner)
                .update() == 1;
    }

    boolean markFailed(long id, String owner, String error) {
        return jdbc.sql("UPDATE mail_outbox SET status = 'FAILED', last_error = ?, lease_owner = NULL, lease_until = NULL, lease_node = NULL "
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
                        + "lease_owner = NULL, lease_until = NULL, lease_node = NULL WHERE lease_owner = ? AND status = 'SENDING'")
                .params(timestamp(now), owner)
                .update();
    }

    /**
     * At start-up of a single node: every message still claimed by another node id belongs to a process
     * that died (only one process can use the database), so it is due again now instead of after the
     * lease. Its attempt stays counted: the dead process may have been sending it, and a message that
     * kills its sender must still run out of attempts. A no-op where several nodes may be alive.
     *
     * @return the number of messages released
     */
    int releaseClaimsOfDeadNodes(Instant now) {
        if (!node.singleNode()) {
            return 0;
        }
        return jdbc.sql("UPDATE mail_outbox SET status = 'PENDING', next_attempt_at = ?, lease_owner = NULL, lease_until = NULL, "
                        + "lease_node = NULL WHERE status = 'SENDING' AND (lease_node IS NULL OR lease_node <> ?)")
                .params(timestamp(now), node.id())
                .update();
    }

    /** The files of one message, in order; none for most. */
    List<MailAttachment> attachments(long id) {
        return jdbc.sql("SELECT filename, content_type, content FROM mail_outbox_attachment WHERE outbox_id = ? ORDER BY position")
                .param(id)
                .query((rs, row) -> new MailAttachment(rs.getString("filename"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .list();
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 1997) + "...";
    }
}

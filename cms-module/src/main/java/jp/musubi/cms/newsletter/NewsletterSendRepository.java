package jp.musubi.cms.newsletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** The {@code newsletter_send} and {@code newsletter_delivery} tables. */
class NewsletterSendRepository {

    private static final String COLUMNS = "id, article_name, article_revision, title, status, total, enqueued, sent, failed, "
            + "created_at, created_by, completed_at, requested_by, approved_by";

    private final JdbcClient jdbc;

    NewsletterSendRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when this article revision was sent already */
    long create(NewsletterContent content, long total, String createdBy, Instant now) {
        return create(content, total, createdBy, now, null, null);
    }

    /** @param requestedBy with {@code approvedBy}: a send started by a publication approval, else both null */
    long create(NewsletterContent content, long total, String createdBy, Instant now, String requestedBy, String approvedBy) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO newsletter_send (article_name, article_revision, title, lead_text, body_html, article_url,
                                                     status, total, enqueued, sent, failed, created_at, created_by,
                                                     requested_by, approved_by)
                        VALUES (?, ?, ?, ?, ?, ?, 'PREPARING', ?, 0, 0, 0, ?, ?, ?, ?)
                        """)
                .params(content.articleName(), content.articleRevision(), content.title(), content.lead(), content.bodyHtml(),
                        content.articleUrl(), total, ts(now), createdBy, requestedBy, approvedBy)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<NewsletterSend> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM newsletter_send WHERE id = ?").param(id).query(this::send).optional();
    }

    List<NewsletterSend> latest(int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM newsletter_send ORDER BY id DESC LIMIT ?").param(limit).query(this::send).list();
    }

    List<NewsletterSend> startedBetween(Instant from, Instant to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM newsletter_send WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id")
                .params(Timestamp.from(from), Timestamp.from(to)).query(this::send).list();
    }

    /** {@code name#revision} of every article revision that has a send. */
    Set<String> sentRevisions() {
        return new HashSet<>(jdbc.sql("SELECT article_name, article_revision FROM newsletter_send")
                .query((rs, row) -> rs.getString("article_name") + "#" + rs.getInt("article_revision"))
                .list());
    }

    List<Long> ids(NewsletterSendStatus status) {
        return jdbc.sql("SELECT id FROM newsletter_send WHERE status = ? ORDER BY id").param(status.name()).query(Long.class).list();
    }

    NewsletterContent content(long id) {
        return jdbc.sql("SELECT article_name, article_revision, title, lead_text, body_html, article_url FROM newsletter_send WHERE id = ?")
                .param(id)
                .query((rs, row) -> new NewsletterContent(rs.getString("article_name"), rs.getInt("article_revision"),
                        rs.getString("title"), rs.getString("lead_text"), rs.getString("body_html"), rs.getString("article_url")))
                .single();
    }

    /**
     * Takes a PREPARING send for {@code owner} if nobody holds it (or the holder's lease ran out):
     * one node enqueues a send at a time, and a crashed node's send is resumed by the next.
     */
    boolean claim(long id, String owner, String node, Instant now, Instant leaseUntil) {
        return jdbc.sql("UPDATE newsletter_send SET lease_owner = ?, lease_node = ?, lease_until = ? WHERE id = ? "
                        + "AND status = 'PREPARING' AND (lease_owner IS NULL OR lease_until < ? OR lease_owner = ?)")
                .params(owner, node, ts(leaseUntil), id, ts(now), owner)
                .update() == 1;
    }

    /** Frees every PREPARING send held by a node other than {@code node}; only for a single node at start-up. */
    int releaseClaimsOfOtherNodes(String node) {
        return jdbc.sql("UPDATE newsletter_send SET lease_owner = NULL, lease_until = NULL, lease_node = NULL "
                        + "WHERE status = 'PREPARING' AND lease_owner IS NOT NULL AND (lease_node IS NULL OR lease_node <> ?)")
                .param(node)
                .update();
    }

    /** Where enqueueing continues; only for the lease holder of a PREPARING send (empty otherwise). */
    Optional<Cursor> cursor(long id, String owner) {
        return jdbc.sql("SELECT recipient_cursor FROM newsletter_send WHERE id = ? AND lease_owner = ? AND status = 'PREPARING'")
                .params(id, owner)
                .query((rs, row) -> new Cursor(rs.getString("recipient_cursor")))
                .optional();
    }

    boolean delivered(long sendId, String recipientKey) {
        return jdbc.sql("SELECT COUNT(*) FROM newsletter_delivery WHERE send_id = ? AND recipient_key = ?")
                .params(sendId, recipientKey).query(Long.class).single() > 0;
    }

    void addDelivery(long sendId, String recipientKey, long outboxId) {
        jdbc.sql("INSERT INTO newsletter_delivery (send_id, recipient_key, outbox_id) VALUES (?, ?, ?)")
                .params(sendId, recipientKey, outboxId).update();
    }

    /** Records a finished batch: the new cursor, the count, a renewed lease; false if the lease was lost. */
    boolean advance(long id, String owner, String cursor, Instant leaseUntil) {
        return jdbc.sql("UPDATE newsletter_send SET recipient_cursor = ?, lease_until = ?, "
                        + "enqueued = (SELECT COUNT(*) FROM newsletter_delivery WHERE send_id = ?) "
                        + "WHERE id = ? AND lease_owner = ? AND status = 'PREPARING'")
                .params(cursor, ts(leaseUntil), id, id, owner)
                .update() == 1;
    }

    /** Every recipient is in the outbox: the send is now the sender's. */
    boolean finishEnqueueing(long id, String owner, Instant now) {
        return jdbc.sql("UPDATE newsletter_send SET status = 'SENDING', enqueued_at = ?, lease_owner = NULL, lease_until = NULL, lease_node = NULL, "
                        + "enqueued = (SELECT COUNT(*) FROM newsletter_delivery WHERE send_id = ?), "
                        + "total = (SELECT COUNT(*) FROM newsletter_delivery WHERE send_id = ?) "
                        + "WHERE id = ? AND lease_owner = ? AND status = 'PREPARING'")
                .params(ts(now), id, id, id, owner)
                .update() == 1;
    }

    void release(long id, String owner) {
        jdbc.sql("UPDATE newsletter_send SET lease_owner = NULL, lease_until = NULL, lease_node = NULL WHERE id = ? AND lease_owner = ?")
                .params(id, owner).update();
    }

    void progress(long id, long sent, long failed) {
        jdbc.sql("UPDATE newsletter_send SET sent = ?, failed = ? WHERE id = ?").params(sent, failed, id).update();
    }

    void complete(long id, Instant now) {
        jdbc.sql("UPDATE newsletter_send SET status = 'COMPLETED', completed_at = ? WHERE id = ? AND status = 'SENDING'")
                .params(ts(now), id).update();
    }

    long countCompleted(Instant from, Instant to) {
        return jdbc.sql("SELECT COUNT(*) FROM newsletter_send WHERE status = 'COMPLETED' AND created_at >= ? AND created_at < ?")
                .params(ts(from), ts(to)).query(Long.class).single();
    }

    /** @param afterKey the last recipient key enqueued, or null before the first batch */
    record Cursor(String afterKey) {
    }

    private NewsletterSend send(ResultSet rs, int row) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new NewsletterSend(rs.getLong("id"), rs.getString("article_name"), rs.getInt("article_revision"),
                rs.getString("title"), NewsletterSendStatus.valueOf(rs.getString("status")), rs.getInt("total"),
                rs.getInt("enqueued"), rs.getInt("sent"), rs.getInt("failed"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), completed == null ? null : completed.toInstant(), rs.getString("requested_by"),
                rs.getString("approved_by"));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}

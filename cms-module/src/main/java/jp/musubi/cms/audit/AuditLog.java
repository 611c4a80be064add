package jp.musubi.cms.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import jp.musubi.cms.common.JapaneseTimes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records and searches the audit log. {@link #record} joins the caller's transaction when there is
 * one (an approval is recorded exactly when it commits) and commits on its own otherwise (a page view).
 */
@Service
public class AuditLog {

    static final int MAX_TEXT = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param remoteAddress the client's address, e.g. {@link #currentAddress()}; null outside a request
     */
    @Transactional
    public void record(String actor, AuditAction action, String target, String detail, String remoteAddress) {
        jdbc.sql("""
                INSERT INTO audit_entry (occurred_at, actor, action, target, detail, remote_address)
                VALUES (?, ?, ?, ?, ?, ?)
                """)
                .params(Timestamp.from(clock.instant()), cut(actor == null ? "anonymous" : actor, 64), action.name(),
                        cut(target, 300), cut(detail, MAX_TEXT), cut(remoteAddress, 64))
                .update();
    }

    /** {@link #record} with the address of the request being handled on this thread (null outside one). */
    public void record(String actor, AuditAction action, String target, String detail) {
        record(actor, action, target, detail, currentAddress());
    }

    /**
     * The client address of the request on this thread: the socket's peer (behind a proxy, the
     * container's forwarded-header handling decides what that is), or null outside a request.
     */
    public static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    @Transactional(readOnly = true)
    public AuditPage search(AuditQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (query.actor() != null) {
            where.append(" AND LOWER(actor) = LOWER(?)");
            params.add(query.actor());
        }
        if (query.action() != null) {
            where.append(" AND action = ?");
            params.add(query.action().name());
        }
        if (query.target() != null) {
            where.append(" AND LOWER(target) LIKE ? ESCAPE '\\'");
            params.add("%" + likeEscaped(query.target().toLowerCase(java.util.Locale.ROOT)) + "%");
        }
        if (query.from() != null) {
            where.append(" AND occurred_at >= ?");
            params.add(startOf(query.from()));
        }
        if (query.to() != null) {
            where.append(" AND occurred_at < ?");
            params.add(startOf(query.to().plusDays(1)));
        }
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where).params(params).query(Long.class).single();
        List<Object> paged = new ArrayList<>(params);
        paged.add(query.size());
        paged.add((long) query.page() * query.size());
        List<AuditEntry> entries = jdbc.sql("SELECT * FROM audit_entry" + where + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")
                .params(paged)
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                        AuditAction.valueOf(rs.getString("action")), rs.getString("target"), rs.getString("detail"),
                        rs.getString("remote_address")))
                .list();
        return new AuditPage(entries, query.page(), query.size(), total);
    }

    /**
     * Deletes the entries older than the retention period: those before the start (Asia/Tokyo) of the
     * day {@code retention} before today, so an entry is kept at least the whole period.
     *
     * @return how many were deleted
     */
    @Transactional
    public int purgeOlderThan(java.time.Period retention) {
        LocalDate today = LocalDate.now(clock.withZone(JapaneseTimes.ZONE));
        return jdbc.sql("DELETE FROM audit_entry WHERE occurred_at < ?").param(startOf(today.minus(retention))).update();
    }

    /** Deletes the entries that occurred before {@code cutoff}; @return how many. */
    public int purgeBefore(java.time.Instant cutoff) {
        return jdbc.sql("DELETE FROM audit_entry WHERE occurred_at < ?").param(Timestamp.from(cutoff)).update();
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(ZonedDateTime.of(day.atStartOfDay(), JapaneseTimes.ZONE).toInstant());
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}

package jp.musubi.cms.sitestats;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes hits from the filter into a bounded queue (a full queue drops the hit and counts it, the page
 * is never slowed), and every few seconds folds them into the daily aggregate tables.
 */
@Component
class SiteStatsRecorder {

    private final BlockingQueue<SiteHit> queue = new ArrayBlockingQueue<>(50_000);
    private final AtomicLong dropped = new AtomicLong();
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    SiteStatsRecorder(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    void offer(SiteHit hit) {
        if (!queue.offer(hit)) {
            dropped.incrementAndGet();
        }
    }

    long dropped() {
        return dropped.get();
    }

    @Scheduled(fixedDelayString = "${musubi.sitestats.flush-interval:5s}")
    void scheduledFlush() {
        flush();
    }

    /** Writes everything queued so far; returns how many hits. */
    synchronized int flush() {
        List<SiteHit> hits = new ArrayList<>();
        queue.drainTo(hits);
        if (hits.isEmpty()) {
            return 0;
        }
        Map<List<Object>, Long> views = new HashMap<>();
        Map<List<Object>, Long> referrers = new HashMap<>();
        Map<List<Object>, long[]> searches = new HashMap<>();
        Set<List<Object>> visitors = new HashSet<>();
        for (SiteHit hit : hits) {
            views.merge(List.of(hit.day(), hit.path(), hit.contentType()), 1L, Long::sum);
            visitors.add(List.of(hit.day(), hit.visitorHash()));
            if (hit.referrerHost() != null) {
                referrers.merge(List.of(hit.day(), hit.referrerHost()), 1L, Long::sum);
            }
            if (hit.searchTerm() != null) {
                // searches, the most hits it found, the searches that found nothing
                long[] sums = searches.computeIfAbsent(List.of(hit.day(), hit.searchTerm()), key -> new long[3]);
                sums[0]++;
                sums[1] = Math.max(sums[1], hit.searchHits());
                sums[2] += hit.searchHits() == 0 ? 1 : 0;
            }
        }
        transactions.executeWithoutResult(status -> {
            views.forEach((key, count) -> add("site_page_view_day", "path", key.get(1), "views", count, key.get(0),
                    "content_type", key.get(2)));
            referrers.forEach((key, count) -> add("site_referrer_day", "referrer_host", key.get(1), "views", count, key.get(0),
                    null, null));
            searches.forEach((key, sums) -> addSearch((java.time.LocalDate) key.get(0), (String) key.get(1), sums));
            visitors.forEach(key -> {
                boolean known = jdbc.sql("SELECT COUNT(*) FROM site_visitor_day WHERE stat_day = ? AND visitor_hash = ?")
                        .params(Date.valueOf((java.time.LocalDate) key.get(0)), key.get(1)).query(Integer.class).single() > 0;
                if (!known) {
                    insertIgnoringDuplicate("INSERT INTO site_visitor_day (stat_day, visitor_hash) VALUES (?, ?)",
                            Date.valueOf((java.time.LocalDate) key.get(0)), key.get(1));
                }
            });
        });
        return hits.size();
    }

    private void add(String table, String keyColumn, Object key, String countColumn, long count, Object day,
                     String extraColumn, Object extra) {
        Date date = Date.valueOf((java.time.LocalDate) day);
        int updated = jdbc.sql("UPDATE " + table + " SET " + countColumn + " = " + countColumn + " + ? WHERE stat_day = ? AND "
                + keyColumn + " = ?").params(count, date, key).update();
        if (updated == 0) {
            if (extraColumn == null) {
                insertIgnoringDuplicate("INSERT INTO " + table + " (stat_day, " + keyColumn + ", " + countColumn + ") VALUES (?, ?, ?)",
                        date, key, count);
            } else {
                insertIgnoringDuplicate("INSERT INTO " + table + " (stat_day, " + keyColumn + ", " + extraColumn + ", " + countColumn
                        + ") VALUES (?, ?, ?, ?)", date, key, extra, count);
            }
        }
    }

    private void addSearch(java.time.LocalDate day, String term, long[] sums) {
        Date date = Date.valueOf(day);
        int updated = jdbc.sql("UPDATE site_search_day SET searches = searches + ?, results = GREATEST(results, ?),"
                + " empty_searches = empty_searches + ? WHERE stat_day = ? AND term = ?")
                .params(sums[0], sums[1], sums[2], date, term).update();
        if (updated == 0) {
            insertIgnoringDuplicate("INSERT INTO site_search_day (stat_day, term, searches, results, empty_searches)"
                    + " VALUES (?, ?, ?, ?, ?)", date, term, sums[0], sums[1], sums[2]);
        }
    }

    private void insertIgnoringDuplicate(String sql, Object... params) {
        try {
            jdbc.sql(sql).params(params).update();
        } catch (DuplicateKeyException e) {
            // Another node inserted the row first: its count is kept; this batch's share of one row is lost,
            // which an aggregate can afford.
        }
    }
}

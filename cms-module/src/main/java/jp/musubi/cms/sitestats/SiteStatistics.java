package jp.musubi.cms.sitestats;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The month's access figures for reports: totals, pages, content types, referrers, search terms. */
@Service
@Transactional(readOnly = true)
public class SiteStatistics {

    public record Count(String key, long count) {
    }

    /**
     * A term of the site search in the month.
     *
     * @param searches how often it was searched
     * @param hits     the most hits one of these searches found (0: it never found anything)
     * @param empty    how many of these searches found nothing
     */
    public record SearchTerm(String term, long searches, long hits, long empty) {
    }

    /**
     * @param visitors         the sum of each day's distinct visitors (a visitor cannot be followed across days)
     * @param searchTerms      the most searched terms, with their hits
     * @param emptySearchTerms the terms with searches that found nothing, most such searches first
     */
    public record MonthlyAccess(YearMonth month, long pageViews, long visitors, List<Count> pages, List<Count> contentTypes,
                                List<Count> referrers, List<SearchTerm> searchTerms, List<SearchTerm> emptySearchTerms) {
    }

    private final JdbcClient jdbc;
    private final SiteStatsRecorder recorder;

    SiteStatistics(JdbcClient jdbc, SiteStatsRecorder recorder) {
        this.jdbc = jdbc;
        this.recorder = recorder;
    }

    public MonthlyAccess month(YearMonth month) {
        Date from = Date.valueOf(month.atDay(1));
        Date to = Date.valueOf(month.atEndOfMonth());
        long views = jdbc.sql("SELECT COALESCE(SUM(views), 0) FROM site_page_view_day WHERE stat_day BETWEEN ? AND ?")
                .params(from, to).query(Long.class).single();
        long visitors = jdbc.sql("SELECT COUNT(*) FROM site_visitor_day WHERE stat_day BETWEEN ? AND ?")
                .params(from, to).query(Long.class).single();
        return new MonthlyAccess(month, views, visitors,
                counts("SELECT path, SUM(views) AS c FROM site_page_view_day WHERE stat_day BETWEEN ? AND ? GROUP BY path"
                        + " ORDER BY c DESC, path LIMIT 50", from, to),
                counts("SELECT content_type, SUM(views) AS c FROM site_page_view_day WHERE stat_day BETWEEN ? AND ?"
                        + " GROUP BY content_type ORDER BY c DESC, content_type", from, to),
                counts("SELECT referrer_host, SUM(views) AS c FROM site_referrer_day WHERE stat_day BETWEEN ? AND ?"
                        + " GROUP BY referrer_host ORDER BY c DESC, referrer_host LIMIT 50", from, to),
                terms("SELECT term, SUM(searches) AS c, MAX(results), SUM(empty_searches) FROM site_search_day"
                        + " WHERE stat_day BETWEEN ? AND ? GROUP BY term ORDER BY c DESC, term LIMIT 50", from, to),
                terms("SELECT term, SUM(searches), MAX(results), SUM(empty_searches) AS e FROM site_search_day"
                        + " WHERE stat_day BETWEEN ? AND ? GROUP BY term HAVING SUM(empty_searches) > 0"
                        + " ORDER BY e DESC, term LIMIT 50", from, to));
    }

    /** Writes what is still queued (for tests and before a report at the end of a day). */
    public int flush() {
        return recorder.flush();
    }

    private List<SearchTerm> terms(String sql, Date from, Date to) {
        return jdbc.sql(sql).params(from, to)
                .query((rs, n) -> new SearchTerm(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).list();
    }

    private List<Count> counts(String sql, Date from, Date to) {
        return jdbc.sql(sql).params(from, to).query((rs, n) -> new Count(rs.getString(1), rs.getLong(2))).list();
    }

}

package jp.musubi.cms.suggestion;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each suggestion list shown for a case and each organization staff introduced, and reports
 * per fiscal year how evenly the suggestions and introductions were spread across organizations.
 */
@Service
public class SuggestionExposures {

    static final String SUGGESTED = "SUGGESTED";
    static final String INTRODUCED = "INTRODUCED";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final JdbcClient jdbc;
    private final Clock clock;

    SuggestionExposures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One suggestion list as shown for a case ({@code context}, e.g. {@code consultation:12}). */
    @Transactional
    public void recordSuggested(String context, List<Suggestion> shown) {
        int position = 1;
        for (Suggestion suggestion : shown) {
            insert(SUGGESTED, context, suggestion.organizationKey(), suggestion.organizationName(), position++);
        }
    }

    /**
     * A suggestion list shown for a case whose list may be shown again (a task page reopened): only the
     * first showing counts, so each case adds each organization at most once to the year's figures.
     *
     * @return whether this showing was recorded
     */
    @Transactional
    public boolean recordSuggestedOnce(String context, List<Suggestion> shown) {
        Long already = jdbc.sql("SELECT COUNT(*) FROM suggestion_exposure WHERE kind = ? AND context = ?")
                .params(SUGGESTED, context).query(Long.class).single();
        if (already > 0) {
            return false;
        }
        recordSuggested(context, shown);
        return true;
    }

    /** An organization that staff introduced for the case. */
    @Transactional
    public void recordIntroduced(String context, String organizationKey, String organizationName) {
        insert(INTRODUCED, context, organizationKey, organizationName, null);
    }

    /** The fiscal year (April of {@code fiscalYear} to March of the next) of Japan time. */
    @Transactional(readOnly = true)
    public ExposureFigures figures(int fiscalYear) {
        Timestamp from = Timestamp.from(LocalDate.of(fiscalYear, 4, 1).atStartOfDay(JAPAN).toInstant());
        Timestamp to = Timestamp.from(LocalDate.of(fiscalYear + 1, 4, 1).atStartOfDay(JAPAN).toInstant());
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT organization_key, MAX(organization_name) AS organization_name, kind, COUNT(*) AS n
                FROM suggestion_exposure WHERE recorded_at >= ? AND recorded_at < ?
                GROUP BY organization_key, kind ORDER BY organization_key""")
                .params(from, to)
                .query(rs -> {
                    String key = rs.getString("organization_key");
                    names.put(key, rs.getString("organization_name"));
                    counts.computeIfAbsent(key, k -> new long[2])[SUGGESTED.equals(rs.getString("kind")) ? 0 : 1] = rs.getLong("n");
                });
        List<ExposureFigures.OrganizationExposure> rows = new ArrayList<>();
        counts.forEach((key, n) -> rows.add(new ExposureFigures.OrganizationExposure(key, names.get(key), n[0], n[1])));
        rows.sort((a, b) -> a.suggested() != b.suggested() ? Long.compare(b.suggested(), a.suggested())
                : a.organizationKey().compareTo(b.organizationKey()));
        List<Long> suggested = rows.stream().map(ExposureFigures.OrganizationExposure::suggested).toList();
        List<Long> introduced = rows.stream().map(ExposureFigures.OrganizationExposure::introduced).toList();
        return new ExposureFigures(fiscalYear, rows, ExposureFigures.gini(suggested), ExposureFigures.topTenPercentShare(suggested),
                ExposureFigures.gini(introduced), ExposureFigures.topTenPercentShare(introduced));
    }

    /** The fiscal year today is in. */
    public int currentFiscalYear() {
        LocalDate today = LocalDate.now(clock.withZone(JAPAN));
        return today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
    }

    private void insert(String kind, String context, String key, String name, Integer position) {
        jdbc.sql("""
                INSERT INTO suggestion_exposure (kind, context, organization_key, organization_name, position, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(kind, context, key, name == null ? key : name, position, Timestamp.from(clock.instant()))
                .update();
    }
}

package jp.musubi.cms.suggestion;

import java.util.List;

/**
 * Exposure of organizations over one fiscal year (April–March).
 *
 * @param organizations every organization suggested or introduced in the year, most suggested first
 * @param suggestedGini Gini coefficient of the suggestion counts (0 = all equal, towards 1 = one takes all)
 * @param suggestedTopShare share of all suggestions held by the top 10 % of organizations (at least one)
 * @param introducedGini Gini coefficient of the introduction counts
 * @param introducedTopShare share of all introductions held by the top 10 %
 */
public record ExposureFigures(int fiscalYear, List<OrganizationExposure> organizations, double suggestedGini,
                              double suggestedTopShare, double introducedGini, double introducedTopShare) {

    public ExposureFigures {
        organizations = List.copyOf(organizations);
    }

    /** One organization's counts in the year. */
    public record OrganizationExposure(String organizationKey, String organizationName, long suggested, long introduced) {
    }

    /** Gini coefficient of non-negative counts: mean absolute difference over twice the mean. */
    public static double gini(List<Long> counts) {
        int n = counts.size();
        long total = counts.stream().mapToLong(Long::longValue).sum();
        if (n < 2 || total == 0) {
            return 0;
        }
        long[] sorted = counts.stream().mapToLong(Long::longValue).sorted().toArray();
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            weighted += (2.0 * (i + 1) - n - 1) * sorted[i];
        }
        return weighted / (n * (double) total);
    }

    /** Share of the total held by the largest ceil(10 %) of the counts. */
    public static double topTenPercentShare(List<Long> counts) {
        long total = counts.stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return 0;
        }
        int top = (int) Math.ceil(counts.size() * 0.1);
        long held = counts.stream().sorted((a, b) -> Long.compare(b, a)).limit(top).mapToLong(Long::longValue).sum();
        return (double) held / total;
    }
}

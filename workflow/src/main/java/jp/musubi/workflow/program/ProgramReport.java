package jp.musubi.workflow.program;

import java.util.List;

import jp.musubi.cms.sitestats.SiteStatistics;

/**
 * A report generated from the data: the targets as of its day, and what was counted in its window.
 *
 * @param kind     monthly, interim or final
 * @param sections per target, the records of the report's window (for the monthly report: that month)
 * @param access   the site's access figures of the month (monthly report only, else null)
 */
public record ProgramReport(String kind, String title, String programName, String yearLabel, String periodLabel,
                            String generatedOn, String fileName, List<TargetView> targets, List<Section> sections,
                            List<TargetView> unavailable, SiteStatistics.MonthlyAccess access) {

    public record Section(String label, List<Line> lines) {
    }

    public record Line(String date, String title, String detail) {
    }
}

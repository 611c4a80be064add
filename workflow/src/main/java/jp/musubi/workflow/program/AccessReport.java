package jp.musubi.workflow.program;

import java.util.List;

import jp.musubi.cms.sitestats.SiteStatistics;

/**
 * サイトアクセス状況報告 of one month (Kumamoto 4(2)②イg), as the page, the PDF and the XLSX show it.
 *
 * @param contentTypes page views per content type, with the type's Japanese name
 */
public record AccessReport(String title, String programName, String periodLabel, String generatedOn, String fileName,
                           String month, SiteStatistics.MonthlyAccess access, List<TypeCount> contentTypes) {

    public record TypeCount(String label, long count) {
    }

    public boolean empty() {
        return access.pageViews() == 0 && access.searchTerms().isEmpty();
    }
}

package jp.musubi.workflow.program;

import static jp.musubi.workflow.program.ProgramTexts.TEXTS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.workflow.issuecase.IssueCaseFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Indicators over the issue-to-matching cases. The per-issue ones (提案件数・選定会議回数 per issue)
 * apply to the issues whose page was first published in the period.
 */
@Configuration(proxyBeanMethods = false)
class IssueCaseIndicators {

    @Bean
    Indicator proposalsPerIssueIndicator(IssueCaseFigures figures, ContentIndicators.PublishedItems items) {
        return Indicator.ofFeature(ContentIndicators.ISSUE_MATCHING, new Indicator() {
            @Override
            public String id() {
                return "proposals-per-issue";
            }

            @Override
            public IndicatorData collect(LocalDate from, LocalDate to) {
                List<IndicatorData.CountedRecord> records = figures.proposalsSubmitted(TokyoDays.startOf(from), TokyoDays.endOf(to))
                        .stream()
                        .map(p -> new IndicatorData.CountedRecord(TokyoDays.dayOf(p.submittedAt()), p.title(),
                                TEXTS.get("program.record.proposal", p.organizationName(), p.issueTitle(), p.statusLabel()),
                                p.pageName(), null))
                        .toList();
                return new IndicatorData(records, publishedIssues(items, from, to));
            }
        });
    }

    /** ソリューション選定会議: the decisions of one issue on one day are one meeting. */
    @Bean
    Indicator selectionMeetingsPerIssueIndicator(IssueCaseFigures figures, ContentIndicators.PublishedItems items) {
        return Indicator.ofFeature(ContentIndicators.ISSUE_MATCHING, new Indicator() {
            @Override
            public String id() {
                return "selection-meetings-per-issue";
            }

            @Override
            public IndicatorData collect(LocalDate from, LocalDate to) {
                Map<String, IndicatorData.CountedRecord> meetings = new LinkedHashMap<>();
                Map<String, Integer> decisions = new LinkedHashMap<>();
                for (IssueCaseFigures.SelectionDecisionFact decision
                        : figures.selectionDecisions(TokyoDays.startOf(from), TokyoDays.endOf(to))) {
                    LocalDate day = TokyoDays.dayOf(decision.decidedAt());
                    String key = decision.caseId() + "@" + day;
                    decisions.merge(key, 1, Integer::sum);
                    meetings.putIfAbsent(key, new IndicatorData.CountedRecord(day, decision.issueTitle(), null,
                            decision.pageName(), null));
                }
                List<IndicatorData.CountedRecord> records = new ArrayList<>();
                meetings.forEach((key, meeting) -> records.add(new IndicatorData.CountedRecord(meeting.date(), meeting.title(),
                        TEXTS.get("program.record.decisions", decisions.get(key)), meeting.group(), null)));
                return new IndicatorData(records, publishedIssues(items, from, to));
            }
        });
    }

    /** ソリューション選定に至った件数: proposals selected at a selection meeting. */
    @Bean
    Indicator selectedSolutionsIndicator(IssueCaseFigures figures) {
        return Indicator.ofFeature(ContentIndicators.ISSUE_MATCHING, ContentIndicators.simple("selected-solutions", (from, to) ->
                figures.selectionDecisions(TokyoDays.startOf(from), TokyoDays.endOf(to)).stream()
                        .filter(IssueCaseFigures.SelectionDecisionFact::selected)
                        .map(d -> new IndicatorData.CountedRecord(TokyoDays.dayOf(d.decidedAt()), d.title(),
                                TEXTS.get("program.record.selected", d.organizationName(), d.issueTitle()), d.pageName(), null))
                        .toList()));
    }

    /** 取組課題選定: issues selected at the selection step. */
    @Bean
    Indicator issuesSelectedIndicator(IssueCaseFigures figures) {
        return Indicator.ofFeature(ContentIndicators.ISSUE_MATCHING, ContentIndicators.simple("issues-selected", (from, to) ->
                figures.issuesSelected(TokyoDays.startOf(from), TokyoDays.endOf(to)).stream()
                        .map(i -> new IndicatorData.CountedRecord(TokyoDays.dayOf(i.selectedAt()), i.title(), i.municipality(),
                                null, null))
                        .toList()));
    }

    private static List<IndicatorData.Group> publishedIssues(ContentIndicators.PublishedItems items, LocalDate from, LocalDate to) {
        return items.firstPublished("issues", item -> true, from, to).stream()
                .map(issue -> new IndicatorData.Group(issue.group(), issue.title(), issue.date()))
                .toList();
    }
}

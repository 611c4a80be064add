package jp.musubi.workflow.program;

import static jp.musubi.workflow.program.ProgramTexts.TEXTS;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.document.PdfDocuments;
import jp.musubi.cms.document.Workbooks;
import jp.musubi.cms.sitestats.SiteStatistics;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 月次報告書, 中間報告書 and 実績報告書 generated from the data: previewed as a page, downloaded as PDF
 * (the template {@code program/report-document}, XHTML) and XLSX.
 */
@Service
public class ProgramReports {

    private final ProgramTargets targets;
    private final ITemplateEngine templates;
    private final PdfDocuments pdf;
    private final Workbooks workbooks;
    private final SiteStatistics siteStatistics;

    ProgramReports(ProgramTargets targets, ITemplateEngine templates, PdfDocuments pdf, Workbooks workbooks,
                   SiteStatistics siteStatistics) {
        this.siteStatistics = siteStatistics;
        this.targets = targets;
        this.templates = templates;
        this.pdf = pdf;
        this.workbooks = workbooks;
    }

    /** The month's activities, with every target as of the month's end (or today, in the running month). */
    public ProgramReport monthly(YearMonth month) {
        LocalDate asOf = earlier(month.atEndOfMonth(), targets.today());
        return report("monthly", TEXTS.get("program.report.monthly.title"),
                TEXTS.get("program.report.monthly.period", month.getYear(), month.getMonthValue()),
                "monthly-report-" + month, asOf, month.atDay(1), siteStatistics.month(month));
    }

    /** Where every target stands on {@code date}, with everything counted up to it. */
    public ProgramReport interim(LocalDate date) {
        return report("interim", TEXTS.get("program.report.interim.title"),
                TEXTS.get("program.report.interim.period", date.format(JapaneseTimes.DATE)), "interim-report-" + date, date, null, null);
    }

    /** The whole year against every target (as of today while the year is running). */
    public ProgramReport yearEnd() {
        ProgramYear year = targets.year();
        return report("final", TEXTS.get("program.report.final.title"),
                TEXTS.get("program.report.final.period", year.label()), "final-report-" + year.year(),
                earlier(year.end(), targets.today()), null, null);
    }

    public byte[] pdf(ProgramReport report) {
        Context context = new Context(java.util.Locale.JAPANESE, Map.of("report", report, "baseCss", PdfDocuments.BASE_CSS));
        return pdf.render(templates.process("program/report-document", context), null);
    }

    public byte[] xlsx(ProgramReport report) {
        List<List<Object>> targetRows = new ArrayList<>();
        for (TargetView t : report.targets()) {
            targetRows.add(java.util.Arrays.asList(t.label(), t.progress().goal(), t.progress().value(), t.figure(),
                    t.percent() / 100.0, t.pace(), t.progress().reachedOn()));
        }
        for (TargetView t : report.unavailable()) {
            targetRows.add(java.util.Arrays.asList(t.label(), t.progress().goal(), null, t.figure(), null, t.pace(), null));
        }
        List<List<Object>> recordRows = new ArrayList<>();
        for (ProgramReport.Section section : report.sections()) {
            for (ProgramReport.Line line : section.lines()) {
                recordRows.add(List.of(section.label(), line.date(), line.title(), line.detail()));
            }
        }
        List<Workbooks.SheetData> sheets = new ArrayList<>();
        sheets.addAll(List.of(
                new Workbooks.SheetData(TEXTS.get("program.report.sheet.targets"),
                        List.of(TEXTS.get("program.report.column.target"), TEXTS.get("program.report.column.goal"),
                                TEXTS.get("program.report.column.value"), TEXTS.get("program.report.column.detail"),
                                TEXTS.get("program.report.column.progress"), TEXTS.get("program.report.column.pace"),
                                TEXTS.get("program.report.column.reached")),
                        targetRows),
                new Workbooks.SheetData(TEXTS.get("program.report.sheet.records"),
                        List.of(TEXTS.get("program.report.column.target"), TEXTS.get("program.report.column.date"),
                                TEXTS.get("program.report.column.title"), TEXTS.get("program.report.column.detail")),
                        recordRows)));
        if (report.access() != null) {
            List<List<Object>> accessRows = new ArrayList<>();
            accessRows.add(List.of(TEXTS.get("program.access.pageViews"), "", report.access().pageViews()));
            accessRows.add(List.of(TEXTS.get("program.access.visitors"), "", report.access().visitors()));
            report.access().contentTypes().forEach(c -> accessRows.add(List.of(TEXTS.get("program.access.byType"), c.key(), c.count())));
            report.access().pages().forEach(c -> accessRows.add(List.of(TEXTS.get("program.access.byPage"), c.key(), c.count())));
            report.access().referrers().forEach(c -> accessRows.add(List.of(TEXTS.get("program.access.referrers"), c.key(), c.count())));
            report.access().searchTerms().forEach(t -> accessRows.add(List.of(TEXTS.get("program.access.searchTerms"), t.term(), t.searches())));
            sheets.add(new Workbooks.SheetData(TEXTS.get("program.access.sheet"),
                    List.of(TEXTS.get("program.access.column.item"), TEXTS.get("program.access.column.key"),
                            TEXTS.get("program.report.column.count")), accessRows));
        }
        return workbooks.xlsx(sheets);
    }

    /** {@code windowStart} null: the records of each target's whole period up to {@code asOf}. */
    private ProgramReport report(String kind, String title, String periodLabel, String fileName, LocalDate asOf,
                                 LocalDate windowStart, SiteStatistics.MonthlyAccess access) {
        List<TargetView> views = targets.asOf(asOf).stream().map(TargetView::of).toList();
        List<ProgramReport.Section> sections = new ArrayList<>();
        for (TargetView view : views) {
            if (!view.available()) {
                continue;
            }
            List<ProgramReport.Line> lines = view.progress().data().records().stream()
                    .filter(record -> windowStart == null || !record.date().isBefore(windowStart))
                    .map(record -> new ProgramReport.Line(JapaneseTimes.dateWithWeekday(record.date()), record.title(),
                            record.detail() == null ? "" : record.detail()))
                    .toList();
            sections.add(new ProgramReport.Section(view.label(), lines));
        }
        return new ProgramReport(kind, title, targets.programName(), targets.year().label(), periodLabel,
                TEXTS.get("program.report.generated", JapaneseTimes.dateWithWeekday(targets.today())), fileName,
                views.stream().filter(TargetView::available).toList(), sections,
                views.stream().filter(view -> !view.available()).toList(), access);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

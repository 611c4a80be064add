package jp.musubi.workflow.program;

import static jp.musubi.workflow.program.ProgramTexts.TEXTS;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.document.PdfDocuments;
import jp.musubi.cms.document.Workbooks;
import jp.musubi.cms.sitestats.SiteStatistics;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The month's site access report from the aggregate tables only (no address, no cookie ever stored):
 * page views per page and per content type, visitors, referrers, search terms with their hits and the
 * terms that found nothing; as a page, a PDF (template {@code program/access-document}) and an XLSX.
 */
@Service
public class AccessReports {

    private static final List<String> TYPES = List.of("top", "articles", "issues", "seeds", "members", "events", "pages", "other");

    private final SiteStatistics statistics;
    private final ProgramTargets targets;
    private final ITemplateEngine templates;
    private final PdfDocuments pdf;
    private final Workbooks workbooks;

    AccessReports(SiteStatistics statistics, ProgramTargets targets, ITemplateEngine templates, PdfDocuments pdf,
                  Workbooks workbooks) {
        this.statistics = statistics;
        this.targets = targets;
        this.templates = templates;
        this.pdf = pdf;
        this.workbooks = workbooks;
    }

    public AccessReport month(YearMonth month) {
        SiteStatistics.MonthlyAccess access = statistics.month(month);
        return new AccessReport(TEXTS.get("program.access.title"), targets.programName(),
                TEXTS.get("program.report.monthly.period", month.getYear(), month.getMonthValue()),
                TEXTS.get("program.report.generated", JapaneseTimes.dateWithWeekday(targets.today())),
                "access-report-" + month, month.toString(), access,
                access.contentTypes().stream().map(c -> new AccessReport.TypeCount(typeLabel(c.key()), c.count())).toList());
    }

    public byte[] pdf(AccessReport report) {
        Context context = new Context(Locale.JAPANESE, Map.of("access", report, "baseCss", PdfDocuments.BASE_CSS));
        return pdf.render(templates.process("program/access-document", context), null);
    }

    public byte[] xlsx(AccessReport report) {
        SiteStatistics.MonthlyAccess access = report.access();
        String count = TEXTS.get("program.report.column.count");
        List<List<Object>> summary = List.of(
                List.of(TEXTS.get("program.access.pageViews"), access.pageViews()),
                List.of(TEXTS.get("program.access.visitors"), access.visitors()));
        List<List<Object>> types = report.contentTypes().stream().<List<Object>>map(c -> List.of(c.label(), c.count())).toList();
        List<List<Object>> pages = access.pages().stream().<List<Object>>map(c -> List.of(c.key(), c.count())).toList();
        List<List<Object>> referrers = access.referrers().stream().<List<Object>>map(c -> List.of(c.key(), c.count())).toList();
        List<List<Object>> terms = new ArrayList<>();
        access.searchTerms().forEach(t -> terms.add(Arrays.asList(t.term(), t.searches(), t.hits(), t.empty())));
        List<List<Object>> empty = new ArrayList<>();
        access.emptySearchTerms().forEach(t -> empty.add(Arrays.asList(t.term(), t.empty())));
        return workbooks.xlsx(List.of(
                new Workbooks.SheetData(TEXTS.get("program.access.sheet.summary"),
                        List.of(TEXTS.get("program.access.column.item"), count), summary),
                new Workbooks.SheetData(TEXTS.get("program.access.byType"), List.of(TEXTS.get("program.access.byType"), count), types),
                new Workbooks.SheetData(TEXTS.get("program.access.byPage"), List.of(TEXTS.get("program.access.byPage"), count), pages),
                new Workbooks.SheetData(TEXTS.get("program.access.referrers"),
                        List.of(TEXTS.get("program.access.referrers"), count), referrers),
                new Workbooks.SheetData(TEXTS.get("program.access.searchTerms"),
                        List.of(TEXTS.get("program.access.searchTerms"), TEXTS.get("program.access.column.searches"),
                                TEXTS.get("program.access.column.hits"), TEXTS.get("program.access.column.empty")), terms),
                new Workbooks.SheetData(TEXTS.get("program.access.emptyTerms"),
                        List.of(TEXTS.get("program.access.searchTerms"), TEXTS.get("program.access.column.empty")), empty)));
    }

    private static final String TYPE_KEY_PREFIX = "program.access.type.";

    static String typeLabel(String key) {
        return TEXTS.get(TYPE_KEY_PREFIX + (TYPES.contains(key) ? key : "other"));
    }
}

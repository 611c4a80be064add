package jp.musubi.workflow.program;

import static jp.musubi.workflow.program.ProgramTexts.TEXTS;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jp.musubi.cms.document.Workbooks;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 報告書の作成 {@code /admin/program/reports}: preview, PDF and XLSX of the monthly, interim and final reports. */
@Controller
class ProgramReportController {

    private static final String BASE = "/admin/program/reports";

    private final ProgramReports reports;
    private final ProgramTargets targets;

    ProgramReportController(ProgramReports reports, ProgramTargets targets) {
        this.reports = reports;
        this.targets = targets;
    }

    @GetMapping(BASE)
    String index(Model model) {
        return index(model, null, null, null);
    }

    private String index(Model model, String error, String month, String date) {
        model.addAttribute("error", error);
        model.addAttribute("month", month == null ? YearMonth.from(targets.today()).toString() : month);
        model.addAttribute("date", date == null ? targets.today().toString() : date);
        model.addAttribute("yearLabel", targets.year().label());
        return "program/reports";
    }

    @GetMapping(BASE + "/monthly")
    String monthly(@RequestParam(required = false) String month, Model model, HttpServletResponse response) {
        YearMonth parsed = month(month);
        if (parsed == null) {
            response.setStatus(400);
            return index(model, TEXTS.get("program.report.month.invalid"), month, null);
        }
        return preview(reports.monthly(parsed), "/monthly", "?month=" + parsed, model);
    }

    @GetMapping(BASE + "/interim")
    String interim(@RequestParam(required = false) String date, Model model, HttpServletResponse response) {
        LocalDate parsed = date(date);
        if (parsed == null) {
            response.setStatus(400);
            return index(model, TEXTS.get("program.report.date.invalid"), null, date);
        }
        return preview(reports.interim(parsed), "/interim", "?date=" + parsed, model);
    }

    @GetMapping(BASE + "/final")
    String yearEnd(Model model) {
        return preview(reports.yearEnd(), "/final", "", model);
    }

    @GetMapping(BASE + "/monthly.pdf")
    ResponseEntity<byte[]> monthlyPdf(@RequestParam(required = false) String month) {
        YearMonth parsed = month(month);
        return parsed == null ? refused(TEXTS.get("program.report.month.invalid")) : pdf(reports.monthly(parsed));
    }

    @GetMapping(BASE + "/monthly.xlsx")
    ResponseEntity<byte[]> monthlyXlsx(@RequestParam(required = false) String month) {
        YearMonth parsed = month(month);
        return parsed == null ? refused(TEXTS.get("program.report.month.invalid")) : xlsx(reports.monthly(parsed));
    }

    @GetMapping(BASE + "/interim.pdf")
    ResponseEntity<byte[]> interimPdf(@RequestParam(required = false) String date) {
        LocalDate parsed = date(date);
        return parsed == null ? refused(TEXTS.get("program.report.date.invalid")) : pdf(reports.interim(parsed));
    }

    @GetMapping(BASE + "/interim.xlsx")
    ResponseEntity<byte[]> interimXlsx(@RequestParam(required = false) String date) {
        LocalDate parsed = date(date);
        return parsed == null ? refused(TEXTS.get("program.report.date.invalid")) : xlsx(reports.interim(parsed));
    }

    @GetMapping(BASE + "/final.pdf")
    ResponseEntity<byte[]> finalPdf() {
        return pdf(reports.yearEnd());
    }

    @GetMapping(BASE + "/final.xlsx")
    ResponseEntity<byte[]> finalXlsx() {
        return xlsx(reports.yearEnd());
    }

    private String preview(ProgramReport report, String path, String query, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("pdfUrl", BASE + path + ".pdf" + query);
        model.addAttribute("xlsxUrl", BASE + path + ".xlsx" + query);
        return "program/report-preview";
    }

    private ResponseEntity<byte[]> pdf(ProgramReport report) {
        return download(reports.pdf(report), MediaType.APPLICATION_PDF, report.fileName() + ".pdf");
    }

    private ResponseEntity<byte[]> xlsx(ProgramReport report) {
        return download(reports.xlsx(report), MediaType.parseMediaType(Workbooks.MEDIA_TYPE), report.fileName() + ".xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    private static ResponseEntity<byte[]> refused(String message) {
        return ResponseEntity.badRequest().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(message.getBytes(StandardCharsets.UTF_8));
    }

    private static YearMonth month(String value) {
        try {
            return value == null ? null : YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

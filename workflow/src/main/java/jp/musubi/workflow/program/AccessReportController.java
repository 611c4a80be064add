package jp.musubi.workflow.program;

import static jp.musubi.workflow.program.ProgramTexts.TEXTS;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletResponse;
import jp.musubi.cms.document.Workbooks;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** サイトアクセス状況 {@code /admin/program/access?month=}: the month's figures, as PDF and XLSX too. */
@Controller
class AccessReportController {

    private static final String BASE = "/admin/program/access";

    private final AccessReports reports;
    private final ProgramTargets targets;

    AccessReportController(AccessReports reports, ProgramTargets targets) {
        this.reports = reports;
        this.targets = targets;
    }

    @GetMapping(BASE)
    String page(@RequestParam(required = false) String month, Model model, HttpServletResponse response) {
        YearMonth parsed = month == null || month.isBlank() ? YearMonth.from(targets.today()) : month(month);
        if (parsed == null) {
            response.setStatus(400);
            model.addAttribute("error", TEXTS.get("program.report.month.invalid"));
            model.addAttribute("month", month);
            return "program/access";
        }
        model.addAttribute("month", parsed.toString());
        model.addAttribute("access", reports.month(parsed));
        model.addAttribute("pdfUrl", BASE + ".pdf?month=" + parsed);
        model.addAttribute("xlsxUrl", BASE + ".xlsx?month=" + parsed);
        return "program/access";
    }

    @GetMapping(BASE + ".pdf")
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String month) {
        YearMonth parsed = month(month);
        if (parsed == null) {
            return refused();
        }
        AccessReport report = reports.month(parsed);
        return download(reports.pdf(report), MediaType.APPLICATION_PDF, report.fileName() + ".pdf");
    }

    @GetMapping(BASE + ".xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String month) {
        YearMonth parsed = month(month);
        if (parsed == null) {
            return refused();
        }
        AccessReport report = reports.month(parsed);
        return download(reports.xlsx(report), MediaType.parseMediaType(Workbooks.MEDIA_TYPE), report.fileName() + ".xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    private static ResponseEntity<byte[]> refused() {
        return ResponseEntity.badRequest().contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(TEXTS.get("program.report.month.invalid").getBytes(StandardCharsets.UTF_8));
    }

    private static YearMonth month(String value) {
        try {
            return value == null ? null : YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

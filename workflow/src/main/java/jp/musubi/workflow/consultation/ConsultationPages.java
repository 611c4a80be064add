package jp.musubi.workflow.consultation;

import java.security.Principal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.suggestion.SuggestionExposures;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The staff pages of the consultation desk: the consultations with their suggestions (matched words
 * marked) and introductions, recording one that came by phone or mail, and the monthly report with
 * its XLSX download. No page shows the requester's contact except the case page to staff.
 */
@Controller
class ConsultationPages {

    static final String LIST = "/admin/consultations";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ConsultationRepository consultations;
    private final ConsultationRequests requests;
    private final ConsultationFigures figures;
    private final ConsultationReport report;
    private final SuggestionExposures exposures;
    private final IssueSuggestions issueSuggestions;
    private final Clock clock;

    ConsultationPages(ConsultationRepository consultations, ConsultationRequests requests, ConsultationFigures figures,
                      ConsultationReport report, SuggestionExposures exposures, IssueSuggestions issueSuggestions,
                      Clock clock) {
        this.issueSuggestions = issueSuggestions;
        this.consultations = consultations;
        this.requests = requests;
        this.figures = figures;
        this.report = report;
        this.exposures = exposures;
        this.clock = clock;
    }

    static String detailPath(long id) {
        return LIST + "/" + id;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("consultations", consultations.all());
        model.addAttribute("fiscalYear", ConsultationFigures.fiscalYearOf(clock.instant()));
        return "consultation/list";
    }

    @GetMapping(LIST + "/{id:[0-9]+}")
    String detail(@PathVariable long id, Model model) {
        ConsultationCase consultation = consultations.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("c", consultation);
        model.addAttribute("suggestions", consultations.suggestions(id));
        model.addAttribute("introductions", consultations.introductions(id));
        return "consultation/detail";
    }

    /** The inbox panel of 取組課題選定: suggestions for the municipal issue, matched words marked (an HTML fragment). */
    @GetMapping(LIST + "/issue-cases/{caseId:[0-9]+}/suggestions")
    String issueSuggestions(@PathVariable long caseId, Model model) {
        IssueSuggestions.Shown shown = issueSuggestions.show(caseId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("issueTitle", shown.issueTitle());
        model.addAttribute("suggestions", shown.suggestions());
        return "consultation/issue-suggestions :: panel";
    }

    @GetMapping(LIST + "/report")
    String monthly(@RequestParam(required = false) Integer year, @RequestParam(required = false) String month,
                   @RequestParam(required = false) String figure, Model model) {
        int fiscalYear = year(year);
        model.addAttribute("fiscalYear", fiscalYear);
        model.addAttribute("months", figures.fiscalYear(fiscalYear));
        model.addAttribute("figureNames", ConsultationFigures.Figure.values());
        model.addAttribute("exposure", exposures.figures(fiscalYear));
        if (month != null && figure != null) {
            YearMonth shown = month(month);
            ConsultationFigures.Figure which = figure(figure);
            model.addAttribute("shownMonth", shown);
            model.addAttribute("shownMonthLabel", ConsultationReport.monthLabel(shown));
            model.addAttribute("shownFigure", which);
            model.addAttribute("lines", figures.lines(shown, which));
        }
        return "consultation/report";
    }

    @GetMapping(LIST + "/report.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer year) {
        int fiscalYear = year(year);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("consultation-report-" + fiscalYear + ".xlsx").build().toString())
                .contentType(MediaType.parseMediaType(XLSX))
                .body(report.xlsx(fiscalYear));
    }

    @GetMapping(LIST + "/new")
    String newForm(Model model) {
        model.addAttribute("values", Map.of());
        model.addAttribute("errors", Map.of());
        return "consultation/new";
    }

    @PostMapping(LIST + "/new")
    String record(@RequestParam Map<String, String> form, Principal principal, Model model,
                  jakarta.servlet.http.HttpServletResponse response) {
        try {
            long id = requests.record(new ConsultationRequest(form.get("organization"), form.get("requesterKind"),
                            form.get("contactName"), form.get("email"), form.get("phone"), form.get("topic"), form.get("body")),
                    form.get("channel"), form.get("membership"), form.get("office"), principal.getName());
            return "redirect:" + detailPath(id);
        } catch (InputRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> values = new LinkedHashMap<>(form);
            values.remove("_csrf");
            model.addAttribute("values", values);
            model.addAttribute("errors", refused.errors());
            return "consultation/new";
        }
    }

    private int year(Integer year) {
        if (year == null) {
            return ConsultationFigures.fiscalYearOf(clock.instant());
        }
        if (year < 2000 || year > 2100) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return year;
    }

    private static YearMonth month(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    private static ConsultationFigures.Figure figure(String figure) {
        for (ConsultationFigures.Figure f : ConsultationFigures.Figure.values()) {
            if (f.name().equals(figure)) {
                return f;
            }
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }

    /** For the templates: the choices of the record form. */
    static List<String> channels() {
        return List.of("PHONE", "MAIL");
    }
}

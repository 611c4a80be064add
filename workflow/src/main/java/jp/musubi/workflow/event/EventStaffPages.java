package jp.musubi.workflow.event;

import static jp.musubi.workflow.event.EventTexts.TEXTS;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.cms.audit.AuditAction;
import jp.musubi.cms.audit.AuditLog;
import jp.musubi.cms.input.InputChecks;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.survey.SurveyInvitations;
import org.springframework.beans.factory.ObjectProvider;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's pages: the events with their counts ({@code /admin/events}), one event's application
 * settings and applications ({@code /admin/events/{name}}), the reception list as XLSX and CSV, and the check-in
 * page at the door. Showing or exporting applicants' personal data is written to the audit log.
 */
@Controller
class EventStaffPages {

    static final String LIST = "/admin/events";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final EventCatalog catalog;
    private final EventApplicationRepository repository;
    private final EventApplicationDesk desk;
    private final EventProperties properties;
    private final ObjectProvider<SurveyInvitations> surveys;
    private final AuditLog audit;
    private final Clock clock;

    EventStaffPages(EventCatalog catalog, EventApplicationRepository repository, EventApplicationDesk desk,
                    EventProperties properties, ObjectProvider<SurveyInvitations> surveys, AuditLog audit, Clock clock) {
        this.catalog = catalog;
        this.repository = repository;
        this.desk = desk;
        this.properties = properties;
        this.surveys = surveys;
        this.audit = audit;
        this.clock = clock;
    }

    /** One row of the list page. */
    record Row(EventInfo event, String when, EventApplicationRepository.Counts counts, Integer capacity) {
    }

    @GetMapping(LIST)
    String list(Model model) {
        Map<String, EventApplicationRepository.Counts> counts = repository.counts();
        model.addAttribute("events", catalog.all().stream().map(event -> new Row(event, EventMails.when(event),
                counts.getOrDefault(event.name(), EventApplicationRepository.Counts.none(event.name())),
                desk.settings(event.name()).capacityFor(event))).toList());
        return "event/admin-list";
    }

    @GetMapping(LIST + "/{name}")
    String detail(@PathVariable String name, @RequestParam(required = false) String status, Model model,
                  Principal principal) {
        EventInfo event = event(name);
        EventSettings settings = desk.settings(name);
        renderDetail(event, settings, formValues(settings), Map.of(), status, model);
        List<?> shown = (List<?>) model.getAttribute("applications");
        audit.record(principal.getName(), AuditAction.PERSONAL_DATA_VIEW, "event:" + name,
                TEXTS.get("event.audit.view", shown.size()));
        return "event/admin-event";
    }

    @PostMapping(LIST + "/{name}/settings")
    String saveSettings(@PathVariable String name, @RequestParam Map<String, String> form, Model model,
                        Principal principal, HttpServletResponse response, RedirectAttributes redirect) {
        EventInfo event = event(name);
        try {
            EventSettings settings = parse(name, form);
            repository.ensureSettings(name);
            repository.saveSettings(settings, principal.getName(), clock.instant());
            desk.promoteWaiting(name);
            redirect.addFlashAttribute("message", TEXTS.get("event.settings.saved"));
            return "redirect:" + LIST + "/" + name;
        } catch (InputRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Map<String, String> values = new LinkedHashMap<>(form);
            values.remove("_csrf");
            renderDetail(event, desk.settings(name), values, refused.errors(), null, model);
            return "event/admin-event";
        }
    }

    @GetMapping(LIST + "/{name}/applications.csv")
    ResponseEntity<byte[]> csv(@PathVariable String name, Principal principal) {
        EventInfo event = event(name);
        List<EventApplication> applications = ordered(repository.ofEvent(name));
        audit.record(principal.getName(), AuditAction.PERSONAL_DATA_EXPORT, "event:" + name,
                TEXTS.get("event.audit.export", "CSV", applications.size()));
        return download(name + "-reception.csv", "text/csv; charset=UTF-8",
                ReceptionList.csv(desk.settings(name), applications));
    }

    @GetMapping(LIST + "/{name}/applications.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String name, Principal principal) {
        EventInfo event = event(name);
        List<EventApplication> applications = ordered(repository.ofEvent(name));
        audit.record(principal.getName(), AuditAction.PERSONAL_DATA_EXPORT, "event:" + name,
                TEXTS.get("event.audit.export", "XLSX", applications.size()));
        return download(name + "-reception.xlsx", XLSX,
                ReceptionList.xlsx(TEXTS.get("event.list.sheetTitle", event.title()), desk.settings(name), applications));
    }

    @GetMapping(LIST + "/{name}/checkin")
    String checkinPage(@PathVariable String name, Model model) {
        EventInfo event = event(name);
        model.addAttribute("event", event);
        model.addAttribute("when", EventMails.when(event));
        model.addAttribute("code", "");
        model.addAttribute("errors", Map.of());
        counts(name, model);
        return "event/checkin";
    }

    @PostMapping(LIST + "/{name}/checkin")
    String checkin(@PathVariable String name, @RequestParam(required = false) String code, Model model,
                   Principal principal, HttpServletResponse response) {
        EventInfo event = event(name);
        model.addAttribute("event", event);
        model.addAttribute("when", EventMails.when(event));
        try {
            EventApplicationDesk.CheckIn result = desk.checkIn(event, code, principal.getName());
            model.addAttribute("result", result);
            model.addAttribute("code", "");
            model.addAttribute("errors", Map.of());
            audit.record(principal.getName(), AuditAction.PERSONAL_DATA_VIEW, "event:" + name,
                    TEXTS.get("event.audit.checkin", result.application().displayCode()));
            if (!result.ok()) {
                response.setStatus(HttpStatus.CONFLICT.value());
            }
        } catch (InputRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("code", code == null ? "" : code);
            model.addAttribute("errors", refused.errors());
        }
        counts(name, model);
        return "event/checkin";
    }

    private void counts(String name, Model model) {
        model.addAttribute("counts", repository.counts().getOrDefault(name, EventApplicationRepository.Counts.none(name)));
    }

    private void renderDetail(EventInfo event, EventSettings settings, Map<String, String> values,
                              Map<String, String> errors, String status, Model model) {
        List<EventApplication> all = ordered(repository.ofEvent(event.name()));
        List<EventApplication> shown = all.stream().filter(a -> status == null || status.isBlank()
                || ("ATTENDED".equals(status) ? a.attended() : a.status().name().equals(status))).toList();
        model.addAttribute("event", event);
        model.addAttribute("when", EventMails.when(event));
        model.addAttribute("settings", settings);
        model.addAttribute("availability", Availability.of(event, settings,
                (int) all.stream().filter(a -> a.status() == ApplicationStatus.ACCEPTED).count(), clock.instant()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("applications", shown);
        model.addAttribute("header", ReceptionList.header(settings));
        model.addAttribute("rows", shown.stream().map(a -> ReceptionList.cells(settings, a)).toList());
        model.addAttribute("counts", repository.counts().getOrDefault(event.name(),
                EventApplicationRepository.Counts.none(event.name())));
        SurveyInvitations invitations = surveys.getIfAvailable();
        model.addAttribute("surveys", invitations == null ? List.of() : invitations.openSurveys());
        model.addAttribute("surveysAvailable", invitations != null);
        model.addAttribute("maxQuestions", properties.maxQuestions());
    }

    private static Map<String, String> formValues(EventSettings s) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("askPhone", s.askPhone() ? "yes" : "");
        values.put("askAttendanceMode", s.askAttendanceMode() ? "yes" : "");
        values.put("askMembership", s.askMembership() ? "yes" : "");
        values.put("askStudent", s.askStudent() ? "yes" : "");
        values.put("questions", s.questionLines());
        values.put("capacity", s.capacity() == null ? "" : s.capacity().toString());
        values.put("deadline", s.deadline() == null ? "" : s.deadline().toString());
        values.put("waitingList", s.waitingList() ? "yes" : "");
        values.put("surveyId", s.surveyId() == null ? "" : s.surveyId().toString());
        return values;
    }

    private EventSettings parse(String name, Map<String, String> form) {
        InputChecks checks = new InputChecks();
        String questionsText = checks.optional("questions", TEXTS.get("event.settings.questions"), form.get("questions"), 2000);
        List<String> questions = EventSettings.questionsOf(questionsText);
        checks.check(questions.size() <= properties.maxQuestions(), "questions",
                TEXTS.get("event.settings.tooManyQuestions", properties.maxQuestions()));
        checks.check(questions.stream().allMatch(q -> q.codePointCount(0, q.length()) <= 200), "questions",
                TEXTS.get("event.settings.questionTooLong", 200));
        Integer capacity = null;
        String capacityText = InputChecks.clean(form.get("capacity"));
        if (capacityText != null) {
            try {
                capacity = Integer.valueOf(java.text.Normalizer.normalize(capacityText, java.text.Normalizer.Form.NFKC));
            } catch (NumberFormatException e) {
                capacity = -1;
            }
            checks.check(capacity >= 1 && capacity <= 100_000, "capacity", TEXTS.get("event.settings.capacityInvalid"));
        }
        LocalDate deadline = null;
        String deadlineText = InputChecks.clean(form.get("deadline"));
        if (deadlineText != null) {
            try {
                deadline = LocalDate.parse(deadlineText);
            } catch (DateTimeParseException e) {
                checks.add("deadline", TEXTS.get("event.settings.deadlineInvalid"));
            }
        }
        Long surveyId = null;
        String surveyText = InputChecks.clean(form.get("surveyId"));
        if (surveyText != null) {
            SurveyInvitations invitations = surveys.getIfAvailable();
            surveyId = invitations == null ? null : invitations.openSurveys().stream()
                    .filter(s -> String.valueOf(s.id()).equals(surveyText)).map(SurveyInvitations.OpenSurvey::id)
                    .findFirst().orElse(null);
            checks.check(surveyId != null, "surveyId", TEXTS.get("event.settings.surveyInvalid"));
        }
        checks.throwIfAny();
        return new EventSettings(name, yes(form, "askPhone"), yes(form, "askAttendanceMode"), yes(form, "askMembership"),
                yes(form, "askStudent"), questions, capacity, deadline, yes(form, "waitingList"), surveyId);
    }

    private static boolean yes(Map<String, String> form, String key) {
        return "yes".equals(form.get(key));
    }

    /** The accepted, then the waiting list, then the cancelled, each in the order applied. */
    static List<EventApplication> ordered(List<EventApplication> applications) {
        return applications.stream().sorted(Comparator.comparingInt((EventApplication a) -> a.status().ordinal())
                .thenComparing(EventApplication::appliedAt).thenComparingLong(EventApplication::id)).toList();
    }

    private EventInfo event(String name) {
        return catalog.find(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<byte[]> download(String filename, String type, byte[] body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .contentType(MediaType.parseMediaType(type))
                .body(body);
    }
}

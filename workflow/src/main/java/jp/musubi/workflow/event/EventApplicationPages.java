package jp.musubi.workflow.event;

import static jp.musubi.workflow.event.EventTexts.TEXTS;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.cms.forms.FormField;
import jp.musubi.cms.input.InputRefused;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's own page {@code /events/applications/{token}}, reached from the link in the mail without a
 * login: the application's state, the fields to change, and 参加を取り消す. An unknown token answers 404, a
 * cancelled application shows as such and takes no further change (410), all in Japanese.
 */
@Controller
class EventApplicationPages {

    static final String BASE = "/events/applications";

    private final EventApplicationDesk desk;
    private final EventCatalog catalog;
    private final ApplicantChecks checks;
    private final Clock clock;

    EventApplicationPages(EventApplicationDesk desk, EventCatalog catalog, ApplicantChecks checks, Clock clock) {
        this.desk = desk;
        this.catalog = catalog;
        this.checks = checks;
        this.clock = clock;
    }

    static String personalPath(String token) {
        return BASE + "/" + token;
    }

    @GetMapping(BASE + "/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        return desk.byToken(token).filter(a -> a.erasedAt() == null)
                .map(application -> render(token, application, values(application), Map.of(), null, model))
                .orElseGet(() -> unknown(model, response));
    }

    @PostMapping(BASE + "/{token}/change")
    String change(@PathVariable String token, @RequestParam Map<String, String> params, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            desk.change(token, params);
            redirect.addFlashAttribute("message", TEXTS.get("event.personal.changed"));
            return "redirect:" + personalPath(token);
        } catch (InputRefused refused) {
            return refused(token, params, refused, model, response);
        }
    }

    @PostMapping(BASE + "/{token}/cancel")
    String cancel(@PathVariable String token, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            desk.cancel(token);
            redirect.addFlashAttribute("message", TEXTS.get("event.personal.cancelled"));
            return "redirect:" + personalPath(token);
        } catch (InputRefused refused) {
            return refused(token, Map.of(), refused, model, response);
        }
    }

    private String refused(String token, Map<String, String> params, InputRefused refused, Model model,
                           HttpServletResponse response) {
        return desk.byToken(token).filter(a -> a.erasedAt() == null).map(application -> {
            response.setStatus(application.status() == ApplicationStatus.CANCELLED
                    ? HttpStatus.GONE.value() : HttpStatus.BAD_REQUEST.value());
            Map<String, String> values = params.isEmpty() ? values(application) : params;
            return render(token, application, values, refused.errors(), refused.generalMessage().orElse(null), model);
        }).orElseGet(() -> unknown(model, response));
    }

    private String unknown(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("unknown", true);
        model.addAttribute("globalError", TEXTS.get("event.refused.token"));
        return "event/personal";
    }

    private String render(String token, EventApplication application, Map<String, String> values,
                          Map<String, String> errors, String globalError, Model model) {
        EventInfo event = catalog.find(application.eventName()).orElse(null);
        EventSettings settings = desk.settings(application.eventName());
        boolean open = event != null && application.status() != ApplicationStatus.CANCELLED
                && clock.instant().isBefore(event.startsAt());
        Map<String, String> errorsWithoutGeneral = new LinkedHashMap<>(errors);
        errorsWithoutGeneral.remove(InputRefused.GENERAL);
        model.addAttribute("unknown", false);
        model.addAttribute("token", token);
        model.addAttribute("a", application);
        model.addAttribute("event", event);
        model.addAttribute("when", event == null ? null : EventMails.when(event));
        model.addAttribute("statusLabel", TEXTS.get(EventTexts.STATUS + application.status().name()));
        model.addAttribute("open", open);
        model.addAttribute("fields", open ? checks.fields(settings, false, false) : java.util.List.<FormField>of());
        model.addAttribute("values", values);
        model.addAttribute("errors", errorsWithoutGeneral);
        model.addAttribute("globalError", globalError);
        return "event/personal";
    }

    private static Map<String, String> values(EventApplication a) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ApplicantChecks.NAME, a.name());
        values.put(ApplicantChecks.ORGANIZATION, a.organization());
        values.put(ApplicantChecks.PHONE, a.phone() == null ? "" : a.phone());
        values.put(ApplicantChecks.MODE, a.attendanceMode() == null ? "" : a.attendanceMode());
        values.put(ApplicantChecks.MEMBERSHIP, a.membership() == null ? "" : a.membership());
        values.put(ApplicantChecks.STUDENT, a.student() == null ? "" : a.student());
        for (EventApplication.Answer answer : a.answers()) {
            values.put(ApplicantChecks.QUESTION + answer.number(), answer.answer() == null ? "" : answer.answer());
        }
        return values;
    }
}

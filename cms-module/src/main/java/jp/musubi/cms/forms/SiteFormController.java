package jp.musubi.cms.forms;

import static jp.musubi.cms.forms.FormsTexts.TEXTS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.site.PageMeta;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public forms (会員登録, 問合せ, DX相談, 会員登録して提案), each in three steps: input → confirmation → done.
 * Every refusal re-renders the input step with what was typed, a linked error summary and a 4xx
 * status; the confirmation step carries the values in hidden fields, so nothing is kept in a session.
 */
@Controller
class SiteFormController {

    // Named, not any segment, so the forms never shadow another one-segment route; SecurityConfiguration opens
    // the same paths. A new form adds its path here and there, its SiteForm bean is collected on its own.
    private static final String FORMS = "{form:join|contact|consultation|consultation-join|propose}";
    private static final String SENT = "sent";

    private final Map<String, SiteForm> forms;
    private final SiteFormProperties properties;
    private final SubmissionRateLimiter rateLimiter;
    private final FormSubmissions submissions;

    SiteFormController(List<SiteForm> forms, SiteFormProperties properties, SubmissionRateLimiter rateLimiter,
                       FormSubmissions submissions) {
        this.submissions = submissions;
        this.forms = forms.stream().collect(Collectors.toMap(SiteForm::path, Function.identity()));
        this.properties = properties;
        this.rateLimiter = rateLimiter;
    }

    @GetMapping("/" + FORMS)
    String input(@PathVariable String form, @RequestParam Map<String, String> query, Model model) {
        SiteForm site = form(form);
        model.addAttribute("notice", site.notice(query));
        return render(site, site.prefill(query), Map.of(), null, "input", model);
    }

    /** 「修正する」 on the confirmation page: back to the input step with every value. */
    @PostMapping("/" + FORMS + "/edit")
    String edit(@PathVariable String form, @RequestParam Map<String, String> params, Model model) {
        SiteForm site = form(form);
        return render(site, values(site, params), Map.of(), null, "input", model);
    }

    @PostMapping("/" + FORMS + "/confirm")
    String confirm(@PathVariable String form, @RequestParam Map<String, String> params, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        SiteForm site = form(form);
        if (isBot(params)) {
            return thankTheBot(site, redirect);
        }
        Map<String, String> values = values(site, params);
        Map<String, String> errors = FormChecks.check(site, values);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(site, values, errors, null, "input", model);
        }
        return render(site, values, Map.of(), null, "confirm", model);
    }

    @PostMapping("/" + FORMS + "/submit")
    String submit(@PathVariable String form, @RequestParam Map<String, String> params, Model model,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        SiteForm site = form(form);
        if (isBot(params)) {
            return thankTheBot(site, redirect);
        }
        Map<String, String> values = values(site, params);
        Map<String, String> errors = FormChecks.check(site, values);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(site, values, errors, null, "input", model);
        }
        if (!rateLimiter.tryAcquire(site.path(), request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return render(site, values, Map.of(), TEXTS.get("forms.rateLimited"), "input", model);
        }
        try {
            submissions.submit(site, values);
        } catch (InputRefused e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(site, values, e.errors(), null, "input", model);
        }
        redirect.addFlashAttribute(SENT, true);
        return "redirect:/" + site.path() + "/done";
    }

    @GetMapping("/" + FORMS + "/done")
    String done(@PathVariable String form, Model model) {
        SiteForm site = form(form);
        if (!Boolean.TRUE.equals(model.getAttribute(SENT))) {
            // Reached without sending (a bookmark, a reload): nothing was sent, so show the form.
            return "redirect:/" + site.path();
        }
        return render(site, Map.of(), Map.of(), null, "done", model);
    }

    private boolean isBot(Map<String, String> params) {
        String trap = params.get(properties.honeypotField());
        return trap != null && !trap.isEmpty();
    }

    /** A bot gets the same completion page as a person, so it learns nothing; nothing is stored. */
    private static String thankTheBot(SiteForm site, RedirectAttributes redirect) {
        redirect.addFlashAttribute(SENT, true);
        return "redirect:/" + site.path() + "/done";
    }

    private SiteForm form(String path) {
        SiteForm form = forms.get(path);
        if (form == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return form;
    }

    /** Only the form's own fields, in its order; nothing else a request carries. */
    private static Map<String, String> values(SiteForm form, Map<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            String value = params.get(field.name());
            values.put(field.name(), value == null ? "" : value);
        }
        return values;
    }

    private String render(SiteForm form, Map<String, String> values, Map<String, String> errors, String globalError,
                          String step, Model model) {
        Map<String, String> all = new LinkedHashMap<>();
        form.fields().forEach(field -> all.put(field.name(), values.getOrDefault(field.name(), "")));
        model.addAttribute("form", form);
        model.addAttribute("values", all);
        model.addAttribute("errors", errors);
        model.addAttribute("globalError", globalError);
        model.addAttribute("step", step);
        model.addAttribute("honeypotField", properties.honeypotField());
        model.addAttribute("pageMeta", PageMeta.website(form.title(), "/" + form.path()));
        return "site/form";
    }
}

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
import jp.musubi.cms.site.SiteProperties;
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
    // Forms one per item (an event's application form): the families named here, each a SiteFormFamily bean.
    private static final String FAMILY_FORMS = "{family:events}/{name}/apply";
    private static final String SENT = "sent";
    private static final String COMPLETION = "completion";

    private final Map<String, SiteForm> forms;
    private final Map<String, SiteFormFamily> families;
    private final SiteFormProperties properties;
    private final SubmissionRateLimiter rateLimiter;
    private final FormSubmissions submissions;
    private final String phoneExample;

    SiteFormController(List<SiteForm> forms, List<SiteFormFamily> families, SiteFormProperties properties,
                       SubmissionRateLimiter rateLimiter, FormSubmissions submissions, SiteProperties site) {
        this.submissions = submissions;
        this.phoneExample = site.phoneExample();
        this.forms = forms.stream().collect(Collectors.toMap(SiteForm::path, Function.identity()));
        this.families = families.stream().collect(Collectors.toMap(SiteFormFamily::prefix, Function.identity()));
        this.properties = properties;
        this.rateLimiter = rateLimiter;
    }

    @GetMapping("/" + FAMILY_FORMS)
    String familyInput(@PathVariable String family, @PathVariable String name, @RequestParam Map<String, String> query,
                       Model model) {
        return input(familyForm(family, name), query, model);
    }

    @PostMapping("/" + FAMILY_FORMS + "/edit")
    String familyEdit(@PathVariable String family, @PathVariable String name, @RequestParam Map<String, String> params,
                      Model model) {
        return edit(familyForm(family, name), params, model);
    }

    @PostMapping("/" + FAMILY_FORMS + "/confirm")
    String familyConfirm(@PathVariable String family, @PathVariable String name, @RequestParam Map<String, String> params,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return confirm(familyForm(family, name), params, model, response, redirect);
    }

    @PostMapping("/" + FAMILY_FORMS + "/submit")
    String familySubmit(@PathVariable String family, @PathVariable String name, @RequestParam Map<String, String> params,
                        Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        return submit(familyForm(family, name), params, model, request, response, redirect);
    }

    @GetMapping("/" + FAMILY_FORMS + "/done")
    String familyDone(@PathVariable String family, @PathVariable String name, Model model) {
        return done(familyForm(family, name), model);
    }

    @GetMapping("/" + FORMS)
    String input(@PathVariable String form, @RequestParam Map<String, String> query, Model model) {
        return input(form(form), query, model);
    }

    private String input(SiteForm site, Map<String, String> query, Model model) {
        model.addAttribute("notice", site.notice(query));
        return render(site, site.prefill(query), Map.of(), null, "input", model);
    }

    /** 「修正する」 on the confirmation page: back to the input step with every value. */
    @PostMapping("/" + FORMS + "/edit")
    String edit(@PathVariable String form, @RequestParam Map<String, String> params, Model model) {
        return edit(form(form), params, model);
    }

    private String edit(SiteForm site, Map<String, String> params, Model model) {
        return render(site, values(site, params), Map.of(), null, "input", model);
    }

    @PostMapping("/" + FORMS + "/confirm")
    String confirm(@PathVariable String form, @RequestParam Map<String, String> params, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        return confirm(form(form), params, model, response, redirect);
    }

    private String confirm(SiteForm site, Map<String, String> params, Model model, HttpServletResponse response,
                           RedirectAttributes redirect) {
        if (isBot(params)) {
            return thankTheBot(site, redirect);
        }
        Map<String, String> values = values(site, params);
        Map<String, String> errors = FormChecks.check(site, values, phoneExample);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(site, values, errors, null, "input", model);
        }
        return render(site, values, Map.of(), null, "confirm", model);
    }

    @PostMapping("/" + FORMS + "/submit")
    String submit(@PathVariable String form, @RequestParam Map<String, String> params, Model model,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        return submit(form(form), params, model, request, response, redirect);
    }

    private String submit(SiteForm site, Map<String, String> params, Model model, HttpServletRequest request,
                          HttpServletResponse response, RedirectAttributes redirect) {
        if (isBot(params)) {
            return thankTheBot(site, redirect);
        }
        Map<String, String> values = values(site, params);
        Map<String, String> errors = FormChecks.check(site, values, phoneExample);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(site, values, errors, null, "input", model);
        }
        if (!rateLimiter.tryAcquire(site.path(), request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return render(site, values, Map.of(), TEXTS.get("forms.rateLimited"), "input", model);
        }
        String completion;
        try {
            completion = submissions.submit(site, values);
        } catch (InputRefused e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(site, values, e.errors(), null, "input", model);
        }
        redirect.addFlashAttribute(SENT, true);
        redirect.addFlashAttribute(COMPLETION, completion);
        return "redirect:/" + site.path() + "/done";
    }

    @GetMapping("/" + FORMS + "/done")
    String done(@PathVariable String form, Model model) {
        return done(form(form), model);
    }

    private String done(SiteForm site, Model model) {
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

    private SiteForm familyForm(String prefix, String name) {
        SiteFormFamily family = families.get(prefix);
        return (family == null ? java.util.Optional.<SiteForm>empty() : family.form(name))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
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

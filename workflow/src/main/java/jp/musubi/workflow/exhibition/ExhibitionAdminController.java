package jp.musubi.workflow.exhibition;

import static jp.musubi.workflow.exhibition.ExhibitionTexts.TEXTS;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

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
 * 展示会の出展者募集 (staff): the exhibition events with their recruitment, one exhibition's settings and its
 * applications with 選定 / 見送り. The prefecture reads; the secretariat changes.
 */
@Controller
class ExhibitionAdminController {

    static final String LIST = "/admin/exhibitions";

    private final Exhibitions exhibitions;

    ExhibitionAdminController(Exhibitions exhibitions) {
        this.exhibitions = exhibitions;
    }

    @GetMapping(LIST)
    String list(Model model) {
        model.addAttribute("exhibitions", exhibitions.all());
        model.addAttribute("counts", exhibitions.counts());
        model.addAttribute("today", exhibitions.today());
        return "exhibition/admin-list";
    }

    @GetMapping(LIST + "/{name}")
    String detail(@PathVariable String name, Model model, HttpServletResponse response) {
        try {
            return page(exhibitions.find(name), null, Map.of(), model);
        } catch (Exhibitions.NotAnExhibition e) {
            return refused(e.getMessage(), HttpStatus.NOT_FOUND, model, response);
        }
    }

    @PostMapping(LIST + "/{name}/recruitment")
    String recruitment(@PathVariable String name, @RequestParam Map<String, String> form, Principal principal, Model model,
                       HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Exhibitions.Exhibition exhibition = exhibitions.find(name);
            try {
                exhibitions.openRecruitment(name, form.get("deadline"), form.get("limit"), form.get("boothOptions"),
                        form.get("guidance"), principal.getName());
                redirect.addFlashAttribute("message", TEXTS.get(exhibition.recruitment().isPresent()
                        ? "exhibition.recruitment.changed" : "exhibition.recruitment.opened", exhibition.title()));
                return "redirect:" + LIST + "/" + name;
            } catch (InputRefused refused) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                Map<String, String> values = new LinkedHashMap<>(form);
                values.remove("_csrf");
                return page(exhibition, values, refused.errors(), model);
            }
        } catch (Exhibitions.NotAnExhibition e) {
            return refused(e.getMessage(), HttpStatus.NOT_FOUND, model, response);
        }
    }

    @PostMapping(LIST + "/{name}/applications/{id:[0-9]+}/decision")
    String decide(@PathVariable String name, @PathVariable long id, @RequestParam(required = false) String decision,
                  Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Exhibitions.Exhibition exhibition = exhibitions.find(name);
            ApplicationStatus status = status(decision);
            try {
                if (status == null) {
                    throw InputRefused.general(TEXTS.get("exhibition.decision.invalid"));
                }
                ExhibitorApplication decided = exhibitions.decide(name, id, status, principal.getName());
                redirect.addFlashAttribute("message", TEXTS.get(ExhibitionTexts.DECISION_DONE + status.name(),
                        decided.organizationName()));
                return "redirect:" + LIST + "/" + name + "#applications";
            } catch (InputRefused refused) {
                response.setStatus(HttpStatus.CONFLICT.value());
                return page(exhibition, null, refused.errors(), model);
            }
        } catch (Exhibitions.NotAnExhibition e) {
            return refused(e.getMessage(), HttpStatus.NOT_FOUND, model, response);
        }
    }

    private String page(Exhibitions.Exhibition exhibition, Map<String, String> values, Map<String, String> errors,
                        Model model) {
        model.addAttribute("exhibition", exhibition);
        model.addAttribute("values", values == null ? recruitmentValues(exhibition) : values);
        model.addAttribute("errors", errors);
        model.addAttribute("applications", exhibitions.applications(exhibition.name()));
        model.addAttribute("selected", exhibitions.applications(exhibition.name()).stream()
                .filter(a -> a.status() == ApplicationStatus.SELECTED).count());
        return "exhibition/admin-detail";
    }

    private Map<String, String> recruitmentValues(Exhibitions.Exhibition exhibition) {
        Map<String, String> values = new LinkedHashMap<>();
        if (exhibition.recruitment().isPresent()) {
            Recruitment r = exhibition.recruitment().get();
            values.put("deadline", r.deadline().toString());
            values.put("limit", String.valueOf(r.limit()));
            values.put("boothOptions", String.join("\n", r.boothOptions()));
            values.put("guidance", r.guidance() == null ? "" : r.guidance());
        } else {
            values.put("deadline", "");
            values.put("limit", String.valueOf(exhibitions.properties().defaultLimit()));
            values.put("boothOptions", String.join("\n", exhibitions.properties().defaultBoothOptions()));
            values.put("guidance", "");
        }
        return values;
    }

    private static ApplicationStatus status(String decision) {
        if ("SELECTED".equals(decision)) {
            return ApplicationStatus.SELECTED;
        }
        return "DECLINED".equals(decision) ? ApplicationStatus.DECLINED : null;
    }

    static String refused(String reason, HttpStatus status, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("reason", reason);
        return "exhibition/refused";
    }
}

package jp.musubi.workflow.municipal;

import static jp.musubi.workflow.municipal.MunicipalTexts.TEXTS;

import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.cms.input.InputRefused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 課題募集の管理 ({@code /admin/issue-rounds}, PREF_STAFF and SECRETARIAT): rounds, their issue counts, announcing one. */
@Controller
class IssueRoundController {

    private final IssueRounds rounds;

    IssueRoundController(IssueRounds rounds) {
        this.rounds = rounds;
    }

    @GetMapping("/admin/issue-rounds")
    String list(Model model) {
        return page(Map.of("title", "", "opensOn", "", "closesOn", "", "guidance", ""), Map.of(), model);
    }

    @PostMapping("/admin/issue-rounds")
    String create(@RequestParam Map<String, String> params, Principal principal, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : new String[] {"title", "opensOn", "closesOn", "guidance"}) {
            values.put(field, params.getOrDefault(field, ""));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate opensOn = date(values.get("opensOn"), "opensOn", errors);
        LocalDate closesOn = date(values.get("closesOn"), "closesOn", errors);
        if (errors.isEmpty()) {
            try {
                rounds.create(values.get("title"), opensOn, closesOn, values.get("guidance"), principal.getName());
                redirect.addFlashAttribute("message", TEXTS.get("municipal.rounds.created", values.get("title").strip()));
                return "redirect:/admin/issue-rounds";
            } catch (InputRefused e) {
                errors.putAll(e.errors());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(values, errors, model);
    }

    @PostMapping("/admin/issue-rounds/{id:\\d+}/announce")
    String announce(@PathVariable long id, Principal principal, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        try {
            int sent = rounds.announce(id, principal.getName());
            redirect.addFlashAttribute("message", TEXTS.get("municipal.rounds.announced", sent));
            return "redirect:/admin/issue-rounds";
        } catch (InputRefused e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(Map.of("title", "", "opensOn", "", "closesOn", "", "guidance", ""), e.errors(), model);
        }
    }

    private String page(Map<String, String> values, Map<String, String> errors, Model model) {
        LocalDate today = rounds.today();
        model.addAttribute("rounds", rounds.list().stream().map(r -> RoundView.of(r, today)).toList());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "admin/issue-rounds";
    }

    private static LocalDate date(String value, String field, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, TEXTS.get("municipal.rounds.date.invalid"));
            return null;
        }
    }
}

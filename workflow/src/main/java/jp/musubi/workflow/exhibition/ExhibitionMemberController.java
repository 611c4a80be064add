package jp.musubi.workflow.exhibition;

import static jp.musubi.workflow.exhibition.ExhibitionTexts.TEXTS;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.membership.Organization;
import jp.musubi.workflow.membership.Organizations;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 展示会への出展 in the member portal: the exhibitions recruiting exhibitors, the organization's applications
 * and their outcome, and the application form (booth, power, other needs, products and the organization's
 * published seeds). Everything is scoped to the account's organization.
 */
@Controller
class ExhibitionMemberController {

    static final String LIST = "/member/exhibitions";

    private final Exhibitions exhibitions;
    private final AccountService accounts;
    private final Organizations organizations;

    ExhibitionMemberController(Exhibitions exhibitions, AccountService accounts, Organizations organizations) {
        this.exhibitions = exhibitions;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @GetMapping(LIST)
    String list(Principal principal, Model model, HttpServletResponse response) {
        Optional<Organization> org = organization(principal);
        if (org.isEmpty()) {
            return ExhibitionAdminController.refused(TEXTS.get("exhibition.apply.noOrganization"), HttpStatus.FORBIDDEN,
                    model, response);
        }
        List<ExhibitorApplication> own = exhibitions.ofOrganization(org.get().key());
        Map<String, String> titles = new LinkedHashMap<>();
        exhibitions.all().forEach(e -> titles.put(e.name(), e.title()));
        model.addAttribute("organization", org.get());
        model.addAttribute("open", exhibitions.openForApplications());
        model.addAttribute("applications", own);
        model.addAttribute("appliedTo", own.stream().map(ExhibitorApplication::eventName).toList());
        model.addAttribute("titles", titles);
        return "exhibition/member-list";
    }

    @GetMapping(LIST + "/{name}/apply")
    String form(@PathVariable String name, Principal principal, Model model, HttpServletResponse response) {
        Optional<Organization> org = organization(principal);
        if (org.isEmpty()) {
            return ExhibitionAdminController.refused(TEXTS.get("exhibition.apply.noOrganization"), HttpStatus.FORBIDDEN,
                    model, response);
        }
        try {
            Exhibitions.Exhibition exhibition = exhibitions.find(name);
            return page(exhibition, org.get(), Map.of(), List.of(), Map.of(), model);
        } catch (Exhibitions.NotAnExhibition e) {
            return ExhibitionAdminController.refused(e.getMessage(), HttpStatus.NOT_FOUND, model, response);
        }
    }

    @PostMapping(LIST + "/{name}/apply")
    String apply(@PathVariable String name, @RequestParam Map<String, String> form,
                 @RequestParam(name = "seeds", required = false) List<String> seeds, Principal principal, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        Optional<Organization> org = organization(principal);
        if (org.isEmpty()) {
            return ExhibitionAdminController.refused(TEXTS.get("exhibition.apply.noOrganization"), HttpStatus.FORBIDDEN,
                    model, response);
        }
        try {
            Exhibitions.Exhibition exhibition = exhibitions.find(name);
            List<String> chosen = seeds == null ? List.of() : seeds;
            try {
                exhibitions.apply(name, org.get().key(), new ApplicationInput(form.get("booth"),
                        "true".equals(form.get("powerNeeded")), form.get("boothNotes"), form.get("products"), chosen),
                        principal.getName());
                redirect.addFlashAttribute("message", TEXTS.get("exhibition.apply.done", exhibition.title()));
                return "redirect:" + LIST;
            } catch (InputRefused refused) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                Map<String, String> values = new LinkedHashMap<>(form);
                values.remove("_csrf");
                values.remove("seeds");
                return page(exhibition, org.get(), values, chosen, refused.errors(), model);
            }
        } catch (Exhibitions.NotAnExhibition e) {
            return ExhibitionAdminController.refused(e.getMessage(), HttpStatus.NOT_FOUND, model, response);
        }
    }

    private String page(Exhibitions.Exhibition exhibition, Organization org, Map<String, String> values, List<String> seeds,
                        Map<String, String> errors, Model model) {
        boolean applied = exhibitions.ofOrganization(org.key()).stream().anyMatch(a -> a.eventName().equals(exhibition.name()));
        boolean open = exhibition.recruitment().map(r -> r.openOn(exhibitions.today())).orElse(false);
        model.addAttribute("exhibition", exhibition);
        model.addAttribute("organization", org);
        model.addAttribute("values", values);
        model.addAttribute("chosenSeeds", seeds);
        model.addAttribute("errors", errors);
        model.addAttribute("ownSeeds", exhibitions.publishedSeeds(org.key()));
        model.addAttribute("applied", applied);
        model.addAttribute("open", open);
        model.addAttribute("maxProducts", exhibitions.properties().maxProductsLength());
        model.addAttribute("maxBoothNotes", exhibitions.properties().maxBoothNotesLength());
        return "exhibition/member-apply";
    }

    private Optional<Organization> organization(Principal principal) {
        return accounts.findByUsername(principal.getName()).map(Account::organizationKey).flatMap(organizations::active);
    }
}

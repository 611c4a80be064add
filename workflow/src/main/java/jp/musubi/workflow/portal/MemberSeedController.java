package jp.musubi.workflow.portal;

import static jp.musubi.workflow.portal.PortalTexts.TEXTS;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import jp.musubi.cms.content.ContentConflictException;
import jp.musubi.cms.content.ContentItem;
import jp.musubi.cms.content.ContentStateException;
import jp.musubi.cms.content.ContentValidationException;
import jp.musubi.contenttypes.definition.Violation;
import jp.musubi.workflow.membership.Organization;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * シーズの登録・変更 in the member portal: a member writes their organization's seeds and submits
 * them for publication; PREF_STAFF approve or send them back in the inbox ({@code content-publication}).
 */
@Controller
class MemberSeedController {

    private final MemberOrganizations organizations;
    private final MemberSeeds seeds;

    MemberSeedController(MemberOrganizations organizations, MemberSeeds seeds) {
        this.organizations = organizations;
        this.seeds = seeds;
    }

    @GetMapping("/member/seeds/new")
    String newForm(Principal principal, Model model, HttpServletResponse response) {
        try {
            Organization org = organization(principal);
            return page(org, null, new SeedInput("", "", "", "", "", ""), null, Map.of(), model);
        } catch (Refused e) {
            return refused(e, model, response);
        }
    }

    @PostMapping("/member/seeds")
    String create(SeedParams params, Principal principal, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            return save(organization(principal), null, params, principal, model, response, redirect);
        } catch (Refused e) {
            return refused(e, model, response);
        }
    }

    @GetMapping("/member/seeds/{name}/edit")
    String editForm(@PathVariable String name, Principal principal, Model model, HttpServletResponse response) {
        try {
            Organization org = organization(principal);
            ContentItem item = own(org, name);
            Map<String, Object> p = item.properties();
            SeedInput input = new SeedInput(text(p.get("title")), text(p.get("summary")),
                    MemberPortalController.plainText(text(p.get("body"))), joined(p.get("tags")), joined(p.get("fields")), "");
            return page(org, seeds.own(org.key(), name), input, item.version(), Map.of(), model);
        } catch (Refused e) {
            return refused(e, model, response);
        }
    }

    @PostMapping("/member/seeds/{name}")
    String update(@PathVariable String name, SeedParams params, Principal principal, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Organization org = organization(principal);
            own(org, name);
            return save(org, name, params, principal, model, response, redirect);
        } catch (Refused e) {
            return refused(e, model, response);
        }
    }

    /** The form's parameters; bound by name. */
    record SeedParams(String title, String summary, String body, String tags, String fields, String comment,
                      Long version) {
        SeedInput input() {
            return new SeedInput(title, summary, body, tags, fields, comment);
        }
    }

    private String save(Organization org, String name, SeedParams params, Principal principal, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        SeedInput input = params.input();
        Map<String, String> errors = new LinkedHashMap<>(input.errors());
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (errors.isEmpty()) {
            try {
                seeds.saveAndSubmit(org.key(), name, params.version(), input, principal.getName());
                redirect.addFlashAttribute("message", TEXTS.get("portal.seed.submitted", input.title().strip()));
                return "redirect:/member";
            } catch (ContentConflictException e) {
                errors.put("version", TEXTS.get("portal.seed.conflict"));
                status = HttpStatus.CONFLICT;
            } catch (ContentStateException e) {
                errors.put("version", e.getMessage());
                status = HttpStatus.CONFLICT;
            } catch (ContentValidationException e) {
                for (Violation violation : e.violations()) {
                    errors.putIfAbsent(field(violation.property()), violation.message());
                }
            }
        }
        response.setStatus(status.value());
        SeedView seed = name == null ? null : seeds.own(org.key(), name);
        return page(org, seed, input, params.version(), errors, model);
    }

    private String page(Organization org, SeedView seed, SeedInput input, Long version, Map<String, String> errors,
                        Model model) {
        model.addAttribute("organization", org);
        model.addAttribute("seed", seed);
        model.addAttribute("values", input);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        return "member/seed";
    }

    private Organization organization(Principal principal) {
        return organizations.of(principal.getName()).orElseThrow(() -> new Refused(
                TEXTS.get("portal.noOrganization")));
    }

    private ContentItem own(Organization org, String name) {
        try {
            return seeds.ownItem(org.key(), name);
        } catch (MemberSeeds.NotOwnSeedException e) {
            throw new Refused(TEXTS.get("portal.seed.notOwn"));
        }
    }

    /** Not this member's seed, or no organization to write for: answered with 403 and an explanation. */
    static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private static String refused(Refused e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("reason", e.getMessage());
        return "member/seed-refused";
    }

    private static String field(String property) {
        return switch (property) {
            case "title", "summary", "body", "tags", "fields", "comment" -> property;
            default -> "version";
        };
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String joined(Object value) {
        return value instanceof Iterable<?> list ? String.join("、", castAll(list)) : text(value);
    }

    private static Iterable<String> castAll(Iterable<?> list) {
        java.util.List<String> out = new java.util.ArrayList<>();
        list.forEach(v -> out.add(String.valueOf(v)));
        return out;
    }
}

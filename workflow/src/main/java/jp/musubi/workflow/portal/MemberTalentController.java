package jp.musubi.workflow.portal;

import static jp.musubi.workflow.portal.PortalTexts.TEXTS;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 人材情報の登録・変更 in the member portal: a member writes their organization's digital talent and PR
 * information and submits it for publication; PREF_STAFF approve or send it back in the inbox, as for seeds.
 */
@Controller
class MemberTalentController {

    private static final String AVAILABILITY_KEY_PREFIX = "portal.talent.availability.";
    /** The availability options as the form shows them: value → Japanese label. */
    private static final Map<String, String> AVAILABILITY_LABELS = availabilityLabels();

    private final MemberOrganizations organizations;
    private final MemberTalents talents;

    MemberTalentController(MemberOrganizations organizations, MemberTalents talents) {
        this.organizations = organizations;
        this.talents = talents;
    }

    @GetMapping("/member/talents/new")
    String newForm(Principal principal, Model model, HttpServletResponse response) {
        try {
            return page(organization(principal), null, TalentInput.empty(), null, Map.of(), model);
        } catch (MemberSeedController.Refused e) {
            return refused(e, model, response);
        }
    }

    @PostMapping("/member/talents")
    String create(TalentParams params, Principal principal, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            return save(organization(principal), null, params, principal, model, response, redirect);
        } catch (MemberSeedController.Refused e) {
            return refused(e, model, response);
        }
    }

    @GetMapping("/member/talents/{name}/edit")
    String editForm(@PathVariable String name, Principal principal, Model model, HttpServletResponse response) {
        try {
            Organization org = organization(principal);
            ContentItem item = own(org, name);
            Map<String, Object> p = item.properties();
            TalentInput input = new TalentInput(text(p.get("title")), text(p.get("summary")), joined(p.get("skills")),
                    joined(p.get("fields")), text(p.get("availability")), text(p.get("region")),
                    MemberPortalController.plainText(text(p.get("body"))), joined(p.get("tags")), "");
            return page(org, talents.own(org.key(), name), input, item.version(), Map.of(), model);
        } catch (MemberSeedController.Refused e) {
            return refused(e, model, response);
        }
    }

    @PostMapping("/member/talents/{name}")
    String update(@PathVariable String name, TalentParams params, Principal principal, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Organization org = organization(principal);
            own(org, name);
            return save(org, name, params, principal, model, response, redirect);
        } catch (MemberSeedController.Refused e) {
            return refused(e, model, response);
        }
    }

    /** The form's parameters; bound by name. */
    record TalentParams(String title, String summary, String skills, String fields, String availability,
                        String region, String body, String tags, String comment, Long version) {
        TalentInput input() {
            return new TalentInput(title, summary, skills, fields, availability, region, body, tags, comment);
        }
    }

    private String save(Organization org, String name, TalentParams params, Principal principal, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        TalentInput input = params.input();
        Map<String, String> errors = new LinkedHashMap<>(input.errors());
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (errors.isEmpty()) {
            try {
                talents.saveAndSubmit(org.key(), name, params.version(), input, principal.getName());
                redirect.addFlashAttribute("message", TEXTS.get("portal.talent.submitted", input.title().strip()));
                return "redirect:/member";
            } catch (ContentConflictException e) {
                errors.put("version", TEXTS.get("portal.talent.conflict"));
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
        SeedView talent = name == null ? null : talents.own(org.key(), name);
        return page(org, talent, input, params.version(), errors, model);
    }

    private String page(Organization org, SeedView talent, TalentInput input, Long version, Map<String, String> errors,
                        Model model) {
        model.addAttribute("organization", org);
        model.addAttribute("talent", talent);
        model.addAttribute("values", input);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("availabilities", AVAILABILITY_LABELS);
        return "member/talent";
    }

    private Organization organization(Principal principal) {
        return organizations.of(principal.getName()).orElseThrow(() -> new MemberSeedController.Refused(
                TEXTS.get("portal.noOrganization")));
    }

    private ContentItem own(Organization org, String name) {
        try {
            return talents.ownItem(org.key(), name);
        } catch (MemberTalents.NotOwnTalentException e) {
            throw new MemberSeedController.Refused(TEXTS.get("portal.talent.notOwn"));
        }
    }

    private static String refused(MemberSeedController.Refused e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("reason", e.getMessage());
        return "member/seed-refused";
    }

    private static String field(String property) {
        return switch (property) {
            case "title", "summary", "skills", "fields", "availability", "region", "body", "tags", "comment" -> property;
            default -> "version";
        };
    }

    private static Map<String, String> availabilityLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String value : TalentInput.AVAILABILITIES) {
            labels.put(value, TEXTS.get(AVAILABILITY_KEY_PREFIX + value));
        }
        return labels;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String joined(Object value) {
        if (value instanceof Iterable<?> list) {
            List<String> out = new ArrayList<>();
            list.forEach(v -> out.add(String.valueOf(v)));
            return String.join("、", out);
        }
        return text(value);
    }
}

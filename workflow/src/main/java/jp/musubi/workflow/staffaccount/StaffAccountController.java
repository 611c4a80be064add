package jp.musubi.workflow.staffaccount;

import static jp.musubi.workflow.staffaccount.StaffAccountTexts.TEXTS;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jp.musubi.cms.input.InputRefused;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** アカウント管理 (/admin/accounts): list, create with an activation mail, disable and re-enable. */
@Controller
class StaffAccountController {

    private final StaffAccountAdmin staff;

    StaffAccountController(StaffAccountAdmin staff) {
        this.staff = staff;
    }

    @GetMapping("/admin/accounts")
    String list(Authentication auth, Model model) {
        fill(model, roles(auth), Map.of(), Map.of());
        return "staffaccount/accounts";
    }

    @PostMapping("/admin/accounts")
    String create(Authentication auth, @RequestParam Map<String, String> params, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        try {
            String username = staff.create(new StaffAccountInput(params.get("username"), params.get("displayName"),
                    params.get("email"), params.get("role"), params.get("municipality")), roles(auth));
            redirect.addFlashAttribute("infoMessage", TEXTS.get("staffaccount.flash.created", username));
            return "redirect:/admin/accounts";
        } catch (InputRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            fill(model, roles(auth), params, refused.errors());
            return "staffaccount/accounts";
        }
    }

    @PostMapping("/admin/accounts/{username}/disable")
    String disable(Authentication auth, @PathVariable String username, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        return act(auth, model, response, redirect, () -> staff.disable(username, auth.getName(), roles(auth)),
                TEXTS.get("staffaccount.flash.disabled", username));
    }

    @PostMapping("/admin/accounts/{username}/enable")
    String enable(Authentication auth, @PathVariable String username, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        return act(auth, model, response, redirect, () -> staff.enable(username, roles(auth)),
                TEXTS.get("staffaccount.flash.enabled", username));
    }

    private String act(Authentication auth, Model model, HttpServletResponse response, RedirectAttributes redirect, Runnable action,
                       String done) {
        try {
            action.run();
            redirect.addFlashAttribute("infoMessage", done);
            return "redirect:/admin/accounts";
        } catch (InputRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            fill(model, roles(auth), Map.of(), refused.errors());
            return "staffaccount/accounts";
        }
    }

    private void fill(Model model, Set<String> roles, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("accounts", staff.manageable(roles));
        model.addAttribute("roles", StaffAccountAdmin.assignable(roles));
        model.addAttribute("municipalities", staff.municipalities());
        model.addAttribute("municipalityTitles", staff.municipalityTitles());
        model.addAttribute("admin", StaffAccountAdmin.isAdmin(roles));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
    }

    private static Set<String> roles(Authentication auth) {
        return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(a -> a.startsWith("ROLE_") ? a.substring(5) : a).collect(Collectors.toSet());
    }
}

package jp.musubi.workflow.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration: the accounts, their roles, and lifting a login restriction (the failed-login back-off). */
@Controller
class AccountAdminController {

    private final AccountService accounts;
    private final MessageSource messages;
    private final LoginRestrictions restrictions;

    AccountAdminController(AccountService accounts, MessageSource messages, LoginRestrictions restrictions) {
        this.accounts = accounts;
        this.messages = messages;
        this.restrictions = restrictions;
    }

    @GetMapping("/admin")
    String index(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("restricted", restrictions.restrictedLoginIds());
        return "admin/index";
    }

    @GetMapping("/admin/accounts/{username}/roles")
    String rolesForm(@PathVariable String username, Model model) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        return "admin/roles";
    }

    @PostMapping("/admin/accounts/{username}/roles")
    String changeRoles(@PathVariable String username, @RequestParam(required = false) List<String> roles,
                       @AuthenticationPrincipal AccountUser admin, Model model, RedirectAttributes redirect,
                       HttpServletResponse response) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        for (String name : roles == null ? List.<String>of() : roles) {
            Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().ifPresent(chosen::add);
        }
        try {
            accounts.changeRoles(username, chosen, admin.getUsername());
        } catch (IllegalArgumentException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("account", account);
            model.addAttribute("roles", Role.values());
            model.addAttribute("errorMessage", refused.getMessage());
            return "admin/roles";
        }
        redirect.addFlashAttribute("infoMessage", AccountTexts.TEXTS.get("account.roles.changed", username));
        return "redirect:/admin";
    }

    @PostMapping("/admin/accounts/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect, Locale locale) {
        restrictions.lift(username);
        redirect.addFlashAttribute("infoMessage", messages.getMessage("admin.unlocked", new Object[]{username}, locale));
        return "redirect:/admin";
    }
}

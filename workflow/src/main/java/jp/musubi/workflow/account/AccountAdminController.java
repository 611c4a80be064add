package jp.musubi.workflow.account;

import java.util.Locale;

import org.springframework.context.MessageSource;
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

    @PostMapping("/admin/accounts/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect, Locale locale) {
        restrictions.lift(username);
        redirect.addFlashAttribute("infoMessage", messages.getMessage("admin.unlocked", new Object[]{username}, locale));
        return "redirect:/admin";
    }
}

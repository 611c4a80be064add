package jp.musubi.webapp.admin;

import java.time.Clock;
import java.util.Locale;

import jp.musubi.workflow.account.AccountService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration: the accounts, their roles, and lifting a lock-out. */
@Controller
class AccountAdminController {

    private final AccountService accounts;
    private final MessageSource messages;
    private final Clock clock;

    AccountAdminController(AccountService accounts, MessageSource messages, Clock clock) {
        this.accounts = accounts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin")
    String index(Model model) {
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("now", clock.instant());
        return "admin/index";
    }

    @PostMapping("/admin/accounts/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect, Locale locale) {
        accounts.unlock(username);
        redirect.addFlashAttribute("infoMessage", messages.getMessage("admin.unlocked", new Object[]{username}, locale));
        return "redirect:/admin";
    }
}

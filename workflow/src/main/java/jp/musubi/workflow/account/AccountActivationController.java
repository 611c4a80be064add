package jp.musubi.workflow.account;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * パスワードの設定（アカウントの有効化）: the page behind the one-time link in the 入会承認 mail.
 * Open to visitors without a session: the token in the link is what authorizes it.
 */
@Controller
@RequestMapping("/account/activate")
class AccountActivationController {

    private static final String VIEW = "account/activate";

    private final AccountActivations activations;

    AccountActivationController(AccountActivations activations) {
        this.activations = activations;
    }

    @GetMapping
    String form(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return activations.usernameFor(token)
                .map(username -> {
                    model.addAttribute("token", token);
                    model.addAttribute("username", username);
                    return VIEW;
                })
                .orElseGet(() -> unusable(model, response));
    }

    @PostMapping
    String activate(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
                    @RequestParam(required = false) String confirmation, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        try {
            String username = activations.activate(token, password, confirmation);
            redirect.addFlashAttribute("activatedUsername", username);
            return "redirect:/account/activate/done";
        } catch (AccountActivationException e) {
            if (e.linkUnusable()) {
                return unusable(model, response);
            }
            // Passwords are never sent back to the browser: the user types them again.
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("token", token);
            model.addAttribute("username", activations.usernameFor(token).orElseThrow());
            model.addAttribute("errors", e.fieldErrors());
            return VIEW;
        }
    }

    @GetMapping("/done")
    String done() {
        return "account/activated";
    }

    private String unusable(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("errors", Map.of());
        model.addAttribute("unusable", true);
        return VIEW;
    }
}

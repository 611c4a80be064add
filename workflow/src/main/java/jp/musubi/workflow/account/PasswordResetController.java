package jp.musubi.workflow.account;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static jp.musubi.workflow.account.AccountTexts.TEXTS;

/**
 * パスワードの再設定 (「パスワードをお忘れの方」 on the login page): ask for a link by mail address, then
 * set a new password on the page the link opens. Open without a session: the token in the link is what
 * authorizes setting the password.
 */
@Controller
@RequestMapping("/account/password-reset")
class PasswordResetController {

    private static final String REQUEST_VIEW = "account/password-reset";
    private static final String NEW_PASSWORD_VIEW = "account/password-reset-new";

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("errors", Map.of());
        return REQUEST_VIEW;
    }

    @PostMapping
    String request(@RequestParam(required = false) String email, HttpServletRequest request,
                   HttpServletResponse response, Model model) {
        PasswordResets.Outcome outcome = resets.request(email, request.getRemoteAddr());
        switch (outcome) {
            case ACCEPTED:
                return "redirect:/account/password-reset/sent";
            case INVALID_ADDRESS:
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                model.addAttribute("errors", Map.of("email", TEXTS.get("account.reset.emailInvalid")));
                break;
            default:
                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                model.addAttribute("errors", Map.of("email", TEXTS.get("account.reset.throttled")));
                break;
        }
        model.addAttribute("email", email);
        return REQUEST_VIEW;
    }

    @GetMapping("/sent")
    String sent() {
        return "account/password-reset-sent";
    }

    @GetMapping("/new")
    String newPassword(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return resets.usernameFor(token)
                .map(username -> {
                    model.addAttribute("token", token);
                    model.addAttribute("username", username);
                    model.addAttribute("errors", Map.of());
                    return NEW_PASSWORD_VIEW;
                })
                .orElseGet(() -> unusable(model, response));
    }

    @PostMapping("/new")
    String setPassword(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
                       @RequestParam(required = false) String confirmation, Model model,
                       HttpServletResponse response) {
        try {
            resets.reset(token, password, confirmation);
            return "redirect:/account/password-reset/done";
        } catch (AccountActivationException e) {
            if (e.linkUnusable()) {
                return unusable(model, response);
            }
            // Passwords are never sent back to the browser: the user types them again.
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("token", token);
            model.addAttribute("username", resets.usernameFor(token).orElseThrow());
            model.addAttribute("errors", e.fieldErrors());
            return NEW_PASSWORD_VIEW;
        }
    }

    @GetMapping("/done")
    String done() {
        return "account/password-reset-done";
    }

    private static String unusable(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("errors", Map.of());
        model.addAttribute("unusable", true);
        return NEW_PASSWORD_VIEW;
    }
}

package jp.musubi.webapp.security;

import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The Japanese login page. */
@Controller
class LoginController {

    private static final Set<String> FAILURE_REASONS = Set.of("badCredentials", "throttled", "disabled");

    private final MessageSource messages;

    LoginController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 Model model, Locale locale) {
        if (error != null) {
            String reason = FAILURE_REASONS.contains(error) ? error : "badCredentials";
            model.addAttribute("errorMessage", messages.getMessage("login.error." + reason, null, locale));
        }
        if (logout != null) {
            model.addAttribute("infoMessage", messages.getMessage("login.loggedOut", null, locale));
        }
        return "security/login";
    }
}

package jp.musubi.cms.newsletter;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Stopping the newsletter from the link in every newsletter. GET only asks for confirmation (mail
 * scanners follow links; they must not unsubscribe anyone); POST does it, both from the page's
 * button and as RFC 8058 one-click from the mail client ({@code List-Unsubscribe=One-Click}, token in
 * the URL, no CSRF token: the signed token is what authorizes the request).
 */
@Controller
@RequestMapping("/newsletter/unsubscribe")
class UnsubscribeController {

    private static final String PAGE = "newsletter/unsubscribe";

    private final UnsubscribeTokens tokens;
    private final NewsletterOptOut optOut;

    UnsubscribeController(UnsubscribeTokens tokens, NewsletterOptOut optOut) {
        this.tokens = tokens;
        this.optOut = optOut;
    }

    @GetMapping
    String confirm(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        noStore(response);
        Optional<String> unsubscribeId = tokens.verify(token);
        if (unsubscribeId.isEmpty()) {
            return invalid(model, response);
        }
        model.addAttribute("state", "confirm");
        model.addAttribute("token", token);
        return PAGE;
    }

    @PostMapping
    String unsubscribe(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        noStore(response);
        Optional<String> unsubscribeId = tokens.verify(token);
        if (unsubscribeId.isEmpty()) {
            return invalid(model, response);
        }
        NewsletterOptOut.OptOutResult result = optOut.optOut(unsubscribeId.get());
        model.addAttribute("state", result == NewsletterOptOut.OptOutResult.OPTED_OUT ? "done" : "already");
        return PAGE;
    }

    private static String invalid(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("state", "invalid");
        return PAGE;
    }

    /** The page holds a token that acts on a subscription: no cache may keep it. */
    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    }
}

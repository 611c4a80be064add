package jp.musubi.cms.mail;

import java.util.Arrays;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of the mail outbox: every outgoing mail, its delivery state, and retrying a failed one. */
@Controller
class OutboxAdminController {

    private static final int PAGE_SIZE = 50;

    private final OutboxMessages outbox;
    private final SmtpStatus smtp;
    private final MailKinds kinds;

    OutboxAdminController(OutboxMessages outbox, SmtpStatus smtp, MailKinds kinds) {
        this.outbox = outbox;
        this.smtp = smtp;
        this.kinds = kinds;
    }

    @GetMapping("/admin/mail")
    String list(@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model) {
        MailStatus filter = Arrays.stream(MailStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
        OutboxPage result = outbox.page(filter, page, PAGE_SIZE);
        model.addAttribute("rows", result.messages().stream().map(message -> OutboxRow.of(message, kinds)).toList());
        model.addAttribute("result", result);
        model.addAttribute("statuses", MailStatus.values());
        model.addAttribute("filter", filter);
        model.addAttribute("smtpConfigured", smtp.configured());
        return "admin/mail/outbox";
    }

    @GetMapping("/admin/mail/{id}")
    String message(@PathVariable long id, Model model) {
        model.addAttribute("message", outbox.find(id).map(message -> MessageView.of(message, kinds))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "admin/mail/message";
    }

    @PostMapping("/admin/mail/{id}/retry")
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        if (outbox.retry(id)) {
            redirect.addFlashAttribute("infoMessage", MailTexts.TEXTS.get("mail.outbox.retried"));
        } else {
            redirect.addFlashAttribute("errorMessage", MailTexts.TEXTS.get("mail.outbox.notRetriable"));
        }
        return "redirect:/admin/mail/" + id;
    }
}

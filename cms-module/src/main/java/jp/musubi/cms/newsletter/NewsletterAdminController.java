package jp.musubi.cms.newsletter;

import static jp.musubi.cms.newsletter.NewsletterTexts.TEXTS;

import java.util.List;

import jp.musubi.cms.mail.SmtpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 会員向けメール配信: starting a newsletter from a published article, and following the sends'
 * progress (the list refreshes itself with htmx while a send is running).
 */
@Controller
class NewsletterAdminController {

    private static final int LIST_SIZE = 30;

    private final NewsletterSends sends;
    private final NewsletterProgress progress;
    private final SmtpStatus smtp;

    NewsletterAdminController(NewsletterSends sends, NewsletterProgress progress, SmtpStatus smtp) {
        this.sends = sends;
        this.progress = progress;
        this.smtp = smtp;
    }

    @GetMapping("/admin/newsletters")
    String page(Model model) {
        model.addAttribute("articles", sends.articles());
        model.addAttribute("recipientCount", sends.recipientCount());
        model.addAttribute("smtpConfigured", smtp.configured());
        addSends(model);
        return "admin/mail/newsletters";
    }

    /** The sends table alone, for htmx polling. */
    @GetMapping("/admin/newsletters/progress")
    String progress(Model model) {
        addSends(model);
        return "admin/mail/newsletters :: sends";
    }

    @PostMapping("/admin/newsletters")
    String start(@RequestParam(required = false) String article, Authentication user, RedirectAttributes redirect) {
        if (article == null || article.isBlank()) {
            redirect.addFlashAttribute("errorMessage", TEXTS.get("newsletter.noArticle"));
            return "redirect:/admin/newsletters";
        }
        try {
            NewsletterSend send = sends.start(article, user.getName());
            redirect.addFlashAttribute("infoMessage", TEXTS.get("newsletter.started", send.title()));
        } catch (NewsletterException e) {
            redirect.addFlashAttribute("errorMessage", e.getMessage());
        }
        return "redirect:/admin/newsletters";
    }

    private void addSends(Model model) {
        progress.refresh();
        List<NewsletterSendView> views = sends.latest(LIST_SIZE).stream().map(NewsletterSendView::of).toList();
        model.addAttribute("sends", views);
        model.addAttribute("running", views.stream().anyMatch(view -> view.status() != NewsletterSendStatus.COMPLETED));
    }
}

package jp.musubi.cms.newsletter;

import static jp.musubi.cms.newsletter.NewsletterTexts.TEXTS;

import java.util.List;

import jp.musubi.cms.mail.SmtpStatus;
import org.springframework.beans.factory.ObjectProvider;
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
    private final ObjectProvider<NewsletterPeople> people;

    NewsletterAdminController(NewsletterSends sends, NewsletterProgress progress, SmtpStatus smtp,
                              ObjectProvider<NewsletterPeople> people) {
        this.sends = sends;
        this.progress = progress;
        this.smtp = smtp;
        this.people = people;
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

    /** 配信内容の確認: the article, how many members receive it and the mail as they will see it, before anything is sent. */
    @GetMapping("/admin/newsletters/confirm")
    String confirm(@RequestParam(required = false) String article, Model model, RedirectAttributes redirect) {
        if (article == null || article.isBlank()) {
            redirect.addFlashAttribute("errorMessage", TEXTS.get("newsletter.noArticle"));
            return "redirect:/admin/newsletters";
        }
        try {
            NewsletterPreview preview = sends.preview(article);
            if (preview.alreadySent()) {
                throw new NewsletterException(TEXTS.get("newsletter.alreadySent", preview.content().articleRevision()));
            }
            model.addAttribute("preview", preview);
            model.addAttribute("smtpConfigured", smtp.configured());
            return "admin/mail/newsletter-confirm";
        } catch (NewsletterException e) {
            redirect.addFlashAttribute("errorMessage", e.getMessage());
            return "redirect:/admin/newsletters";
        }
    }

    /** Starts a send only as confirmed: the article's revision seen on the confirmation page. */
    @PostMapping("/admin/newsletters")
    String start(@RequestParam(required = false) String article, @RequestParam(required = false) Integer revision,
                 Authentication user, RedirectAttributes redirect) {
        if (article == null || article.isBlank()) {
            redirect.addFlashAttribute("errorMessage", TEXTS.get("newsletter.noArticle"));
            return "redirect:/admin/newsletters";
        }
        if (revision == null) {
            redirect.addFlashAttribute("errorMessage", TEXTS.get("newsletter.notConfirmed"));
            redirect.addAttribute("article", article);
            return "redirect:/admin/newsletters/confirm";
        }
        try {
            NewsletterSend send = sends.startConfirmed(article, revision, user.getName());
            redirect.addFlashAttribute("infoMessage", TEXTS.get("newsletter.started", send.title()));
        } catch (NewsletterException e) {
            redirect.addFlashAttribute("errorMessage", e.getMessage());
        }
        return "redirect:/admin/newsletters";
    }

    private void addSends(Model model) {
        progress.refresh();
        NewsletterPeople names = people.getIfAvailable();
        java.util.function.UnaryOperator<String> name = username -> {
            String displayName = names == null || username == null ? null : names.displayName(username);
            return displayName != null ? displayName : TEXTS.get("newsletter.unknownPerson");
        };
        List<NewsletterSendView> views = sends.latest(LIST_SIZE).stream().map(send -> NewsletterSendView.of(send, name)).toList();
        model.addAttribute("sends", views);
        model.addAttribute("running", views.stream().anyMatch(view -> view.status() != NewsletterSendStatus.COMPLETED));
    }
}

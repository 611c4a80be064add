package jp.musubi.cms.newsletter;

import static jp.musubi.cms.newsletter.NewsletterTexts.TEXTS;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.musubi.cms.content.PublishedContent;
import jp.musubi.cms.content.PublishedItem;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;

/**
 * Starting and listing member newsletters (会員向けメール配信). A send is created here; its
 * recipients are enqueued in the background ({@link NewsletterEnqueuer}), and it completes when
 * the outbox has delivered every mail ({@link NewsletterProgress}).
 */
public class NewsletterSends {

    static final String WORKSPACE = "articles";

    /**
     * The content store is looked up lazily: the application (and this module's tests) also start
     * without one, and then there is simply no article to send.
     */
    private final ObjectProvider<PublishedContent> publishedContent;
    private final NewsletterSendRepository sends;
    private final NewsletterRecipients recipients;
    private final NewsletterComposer composer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NewsletterSends(ObjectProvider<PublishedContent> publishedContent, NewsletterSendRepository sends,
                           NewsletterRecipients recipients, NewsletterComposer composer, ApplicationEventPublisher events,
                           Clock clock) {
        this.publishedContent = publishedContent;
        this.sends = sends;
        this.recipients = recipients;
        this.composer = composer;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts sending the published revision of an article to every member who asked for the
     * newsletter.
     *
     * @throws NewsletterException (Japanese message) when the article is not published or this
     *                             revision was sent already
     */
    public NewsletterSend start(String articleName, String startedBy) {
        return start(articleName, startedBy, null, null);
    }

    /**
     * Starts the send a publication approval asks for (the article's 「会員向けメールでも配信」): recorded
     * as flagged by {@code requestedBy} and approved by {@code approvedBy}.
     */
    public NewsletterSend startApproved(String articleName, String requestedBy, String approvedBy) {
        return start(articleName, approvedBy, requestedBy, approvedBy);
    }

    /**
     * Starts the send the secretariat confirmed on the confirmation page: refused when the article was
     * published anew since, so nobody sends a revision they did not see.
     */
    public NewsletterSend startConfirmed(String articleName, int confirmedRevision, String startedBy) {
        PublishedItem article = published(articleName);
        if (article.revision() != confirmedRevision) {
            throw new NewsletterException(TEXTS.get("newsletter.revisionChanged", article.revision()));
        }
        return start(articleName, startedBy, null, null);
    }

    /** What the members would receive: the mail to one sample recipient, and how many would get it. */
    public NewsletterPreview preview(String articleName) {
        PublishedItem article = published(articleName);
        NewsletterContent content = composer.content(article);
        NewsletterRecipient sample = new NewsletterRecipient("preview", "preview@invalid", TEXTS.get("newsletter.preview.member"),
                "preview");
        return new NewsletterPreview(content, composer.mail(0, content, sample), recipients.count(),
                sends.sentRevisions().contains(article.name() + "#" + article.revision()));
    }

    private PublishedItem published(String articleName) {
        return Optional.ofNullable(publishedContent.getIfAvailable())
                .flatMap(content -> content.find(WORKSPACE, articleName))
                .orElseThrow(() -> new NewsletterException(TEXTS.get("newsletter.articleNotPublished")));
    }

    private NewsletterSend start(String articleName, String startedBy, String requestedBy, String approvedBy) {
        PublishedItem article = published(articleName);
        long id;
        try {
            id = sends.create(composer.content(article), recipients.count(), startedBy, clock.instant(), requestedBy,
                    approvedBy);
        } catch (DuplicateKeyException e) {
            throw new NewsletterException(TEXTS.get("newsletter.alreadySent", article.revision()));
        }
        events.publishEvent(new NewsletterSendStarted(id));
        return sends.find(id).orElseThrow();
    }

    public List<NewsletterSend> latest(int limit) {
        return sends.latest(limit);
    }

    /** Sends started in {@code [from, to)}, oldest first: the programme counts member newsletters by their start. */
    public List<NewsletterSend> startedBetween(java.time.Instant from, java.time.Instant to) {
        return sends.startedBetween(from, to);
    }

    public Optional<NewsletterSend> find(long id) {
        return sends.find(id);
    }

    /** Published articles, newest first, for choosing what to send. */
    public List<ArticleChoice> articles() {
        PublishedContent content = publishedContent.getIfAvailable();
        if (content == null) {
            return List.of();
        }
        Set<String> sent = sends.sentRevisions();
        return content.findAll(WORKSPACE).stream()
                .sorted(Comparator.comparing(PublishedItem::lastActivated, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(item -> new ArticleChoice(item.name(), title(item), item.revision(), item.lastActivated(),
                        Boolean.TRUE.equals(item.properties().get("newsletter")),
                        sent.contains(item.name() + "#" + item.revision())))
                .toList();
    }

    /** How many members would receive a newsletter started now. */
    public long recipientCount() {
        return recipients.count();
    }

    private static String title(PublishedItem item) {
        Object title = item.properties().get("title");
        return title == null ? item.name() : title.toString();
    }
}

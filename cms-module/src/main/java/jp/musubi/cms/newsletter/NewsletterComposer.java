package jp.musubi.cms.newsletter;

import static jp.musubi.cms.newsletter.NewsletterTexts.TEXTS;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jp.musubi.cms.content.PublishedItem;
import jp.musubi.cms.mail.MailTemplates;
import jp.musubi.cms.mail.OutgoingMail;
import jp.musubi.cms.mail.RenderedMail;
import jp.musubi.cms.site.SiteProperties;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.web.util.UriUtils;

/**
 * Builds the newsletter from an article: the same title, lead and body as the article page, a link
 * to that page, a plain-text alternative, and for each recipient a signed one-click unsubscribe
 * link in the body and in the {@code List-Unsubscribe} headers (RFC 2369, RFC 8058).
 */
public class NewsletterComposer {

    static final String KIND = "newsletter";
    private static final String TEMPLATE = "newsletter";

    private final MailTemplates templates;
    private final SiteProperties site;
    private final UnsubscribeTokens tokens;
    private final PolicyFactory bodyPolicy;

    public NewsletterComposer(MailTemplates templates, SiteProperties site, UnsubscribeTokens tokens) {
        this.templates = templates;
        this.site = site;
        this.tokens = tokens;
        this.bodyPolicy = bodyPolicy(this::absolute);
    }

    /** The newsletter's content from the published revision of an article. */
    public NewsletterContent content(PublishedItem article) {
        String title = text(article.properties().get("title"));
        if (title == null) {
            title = article.name();
        }
        // The body was sanitized when it was saved; again here because a mail client is a different
        // context: no scripts or styles, and every URL absolute.
        String body = text(article.properties().get("body"));
        body = body == null ? "" : bodyPolicy.sanitize(body);
        return new NewsletterContent(article.name(), article.revision(), title, text(article.properties().get("lead")), body,
                url("/articles/" + UriUtils.encodePathSegment(article.name(), "UTF-8")));
    }

    /** The mail of one send to one recipient. */
    public OutgoingMail mail(long sendId, NewsletterContent content, NewsletterRecipient recipient) {
        return mail(prepare(sendId, content), recipient);
    }

    /**
     * The send's mail rendered once for all its recipients: only the unsubscribe link differs from
     * one member to the next, so the templates run here with a marker in its place (random, so no
     * article can contain it) and {@link #mail(Prepared, NewsletterRecipient)} puts each member's link in.
     */
    Prepared prepare(long sendId, NewsletterContent content) {
        String markerUrl = unsubscribeUrlWithToken("musubi" + UUID.randomUUID().toString().replace("-", ""));
        String subject = TEXTS.get("newsletter.subject", site.name(), content.title());
        Map<String, Object> variables = new HashMap<>();
        variables.put("subject", subject);
        variables.put("content", content);
        variables.put("bodyText", HtmlToText.convert(content.bodyHtml()));
        variables.put("unsubscribeUrl", markerUrl);
        RenderedMail rendered = templates.render(TEMPLATE, variables);
        return new Prepared(sendId, subject, markerUrl, rendered.text(), rendered.html());
    }

    /** The prepared mail of a send for one recipient, with the recipient's own unsubscribe link. */
    OutgoingMail mail(Prepared prepared, NewsletterRecipient recipient) {
        String unsubscribeUrl = unsubscribeUrl(recipient.unsubscribeId());
        return OutgoingMail.of(KIND, recipient.email(), prepared.subject(),
                        prepared.text().replace(prepared.markerUrl(), unsubscribeUrl),
                        prepared.html() == null ? null : prepared.html().replace(prepared.markerUrl(), unsubscribeUrl))
                .withHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .withCorrelation(correlation(prepared.sendId()));
    }

    /** One send's rendered mail with a marker URL where each recipient's unsubscribe link goes. */
    record Prepared(long sendId, String subject, String markerUrl, String text, String html) {
    }

    public String unsubscribeUrl(String unsubscribeId) {
        return unsubscribeUrlWithToken(tokens.issue(unsubscribeId));
    }

    private String unsubscribeUrlWithToken(String token) {
        return url("/newsletter/unsubscribe?token=" + token);
    }

    static String correlation(long sendId) {
        return "newsletter:" + sendId;
    }

    private String url(String path) {
        String base = site.baseUrl().endsWith("/") ? site.baseUrl().substring(0, site.baseUrl().length() - 1) : site.baseUrl();
        return base + path;
    }

    /** Site-relative and protocol-relative URLs resolved against the public site. */
    private String absolute(String url) {
        String value = url.strip();
        if (value.startsWith("//")) {
            return "https:" + value;
        }
        return value.startsWith("/") ? url(value) : value;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static PolicyFactory bodyPolicy(UnaryOperator<String> absolute) {
        AttributePolicy url = (element, attribute, value) -> absolute.apply(value);
        return new HtmlPolicyBuilder()
                .allowElements("p", "br", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "b", "i", "u",
                        "s", "blockquote", "pre", "code", "hr", "table", "thead", "tbody", "tr", "th", "td", "caption",
                        "figure", "figcaption", "img", "a")
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href").matching(url).onElements("a")
                .allowAttributes("src").matching(url).onElements("img")
                .allowAttributes("alt", "width", "height").onElements("img")
                .allowAttributes("scope", "colspan", "rowspan").onElements("th", "td")
                .requireRelsOnLinks("noopener")
                .toFactory();
    }
}

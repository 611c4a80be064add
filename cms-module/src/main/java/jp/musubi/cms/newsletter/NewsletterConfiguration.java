package jp.musubi.cms.newsletter;

import java.time.Clock;

import jp.musubi.cms.content.PublishedContent;
import jp.musubi.cms.mail.MailOutbox;
import jp.musubi.cms.mail.MailTemplates;
import jp.musubi.cms.mail.OutboxMessages;
import jp.musubi.cms.site.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NewsletterProperties.class)
class NewsletterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NewsletterConfiguration.class);
    private static final Clock CLOCK = Clock.systemUTC();
    /** Only for the embedded default (a developer's machine): anyone can read it here. */
    private static final String DEVELOPMENT_SECRET = "musubi-embedded-default-unsubscribe-secret-not-for-production";

    /**
     * The signing key of unsubscribe links. Outside the embedded default (no active profile) a
     * missing secret stops the start-up: with a known key anyone could unsubscribe any member.
     */
    @Bean
    UnsubscribeTokens unsubscribeTokens(NewsletterProperties properties, Environment environment) {
        if (!properties.unsubscribeSecret().isBlank()) {
            return new UnsubscribeTokens(properties.unsubscribeSecret());
        }
        if (environment.getActiveProfiles().length > 0) {
            throw new IllegalStateException("musubi.newsletter.unsubscribe-secret (environment variable "
                    + "MUSUBI_NEWSLETTER_UNSUBSCRIBE_SECRET) must be set, at least 16 random characters: it signs the "
                    + "newsletter's unsubscribe links");
        }
        log.warn("musubi.newsletter.unsubscribe-secret is not set: using the embedded default's development key. "
                + "Set MUSUBI_NEWSLETTER_UNSUBSCRIBE_SECRET before sending real newsletters.");
        return new UnsubscribeTokens(DEVELOPMENT_SECRET);
    }

    @Bean
    NewsletterComposer newsletterComposer(MailTemplates templates, SiteProperties site, UnsubscribeTokens tokens) {
        return new NewsletterComposer(templates, site, tokens);
    }

    @Bean
    NewsletterSendRepository newsletterSendRepository(JdbcClient jdbc) {
        return new NewsletterSendRepository(jdbc);
    }

    @Bean
    NewsletterEnqueuer newsletterEnqueuer(NewsletterSendRepository sends, NewsletterRecipients recipients,
                                          NewsletterComposer composer, MailOutbox outbox,
                                          PlatformTransactionManager transactionManager, NewsletterProperties properties) {
        return new NewsletterEnqueuer(sends, recipients, composer, outbox, new TransactionTemplate(transactionManager),
                properties, CLOCK);
    }

    @Bean
    NewsletterProgress newsletterProgress(NewsletterSendRepository sends, OutboxMessages outbox) {
        return new NewsletterProgress(sends, outbox, CLOCK);
    }

    @Bean
    NewsletterSends newsletterSends(ObjectProvider<PublishedContent> publishedContent, NewsletterSendRepository sends,
                                    NewsletterRecipients recipients, NewsletterComposer composer,
                                    ApplicationEventPublisher events) {
        return new NewsletterSends(publishedContent, sends, recipients, composer, events, CLOCK);
    }

    @Bean
    @ConditionalOnProperty(prefix = "musubi.newsletter", name = "background", havingValue = "true", matchIfMissing = true)
    NewsletterBackgroundWorker newsletterBackgroundWorker(NewsletterEnqueuer enqueuer, NewsletterProgress progress,
                                                          NewsletterProperties properties) {
        return new NewsletterBackgroundWorker(enqueuer, progress, properties);
    }
}

package jp.musubi.cms.newsletter;

import static jp.musubi.cms.newsletter.NewsletterTexts.TEXTS;

import java.time.Clock;

import jp.musubi.cms.content.PublishedContent;
import jp.musubi.cms.mail.MailOutbox;
import jp.musubi.cms.mail.MailTemplates;
import jp.musubi.cms.mail.OutboxMessages;
import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.node.NodeIdentity;
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

    /** The newsletter's name on the outbox page 送信メール. */
    @Bean
    MailKind newsletterMailKind() {
        return new MailKind(NewsletterComposer.KIND, TEXTS.get("newsletter.mailKind"));
    }

    /**
     * The signing key of unsubscribe links: configured, or on the embedded default a random one kept
     * in the data directory (see {@link UnsubscribeSecret}). Outside the embedded default a missing
     * secret stops the start-up.
     */
    @Bean
    UnsubscribeTokens unsubscribeTokens(NewsletterProperties properties, Environment environment) {
        if (properties.unsubscribeSecret().isBlank() && UnsubscribeSecret.mayKeepInFile(environment)) {
            log.info("musubi.newsletter.unsubscribe-secret is not set: unsubscribe links are signed with the random key in {}",
                    properties.secretDirectory().resolve(UnsubscribeSecret.FILE_NAME).toAbsolutePath());
        }
        return new UnsubscribeTokens(UnsubscribeSecret.resolve(properties, environment));
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
    NewsletterMetrics newsletterMetrics(JdbcClient jdbc) {
        return new NewsletterMetrics(jdbc);
    }

    @Bean
    NewsletterEnqueuer newsletterEnqueuer(NewsletterSendRepository sends, NewsletterRecipients recipients,
                                          NewsletterComposer composer, MailOutbox outbox,
                                          PlatformTransactionManager transactionManager, NewsletterProperties properties,
                                          NodeIdentity node) {
        return new NewsletterEnqueuer(sends, recipients, composer, outbox, new TransactionTemplate(transactionManager),
                properties, node, CLOCK);
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

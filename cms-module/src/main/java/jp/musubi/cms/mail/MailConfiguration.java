package jp.musubi.cms.mail;

import java.time.Clock;
import java.util.Properties;

import jp.musubi.cms.node.NodeIdentity;
import jp.musubi.cms.site.SiteProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The outbox is always there; the sender only when an SMTP server is configured
 * ({@code spring.mail.host}, the same condition under which Spring Boot creates the
 * {@link JavaMailSender}). Its background threads can be switched off with
 * {@code musubi.mail.sender.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailOutboxProperties.class)
class MailConfiguration {

    /** UTC wall clock; tests build their own components with a clock they move. */
    private static final Clock CLOCK = Clock.systemUTC();

    @Bean
    MailOutbox mailOutbox(JdbcClient jdbc, MailOutboxProperties properties) {
        return new MailOutbox(jdbc, properties, CLOCK);
    }

    @Bean
    MailTemplates mailTemplates(SiteProperties site) {
        return new MailTemplates(site);
    }

    @Bean
    OutboxStore outboxStore(JdbcClient jdbc, NodeIdentity node) {
        return new OutboxStore(jdbc, node);
    }

    @Bean
    OutboxMessages outboxMessages(JdbcClient jdbc) {
        return new OutboxMessages(jdbc, CLOCK);
    }

    @Bean
    OutboxMetrics outboxMetrics(JdbcClient jdbc) {
        return new OutboxMetrics(jdbc, CLOCK);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "spring.mail", name = "host")
    static class SenderConfiguration {

        @Bean
        OutboxSender outboxSender(OutboxStore store, JavaMailSender mailSender, MailOutboxProperties properties) {
            applyTimeouts(mailSender, properties);
            return new OutboxSender(store, mailSender, properties, CLOCK);
        }

        @Bean
        @ConditionalOnProperty(prefix = "musubi.mail.sender", name = "enabled", havingValue = "true", matchIfMissing = true)
        OutboxSenderLoop outboxSenderLoop(OutboxSender sender, MailOutboxProperties properties) {
            return new OutboxSenderLoop(sender, properties);
        }

        /**
         * JavaMail waits forever on a silent server by default; a sender stuck that way would hold its
         * lease past expiry and another node would send the same message again. Explicit
         * spring.mail.properties win.
         */
        private static void applyTimeouts(JavaMailSender mailSender, MailOutboxProperties properties) {
            if (mailSender instanceof JavaMailSenderImpl impl) {
                Properties javaMail = impl.getJavaMailProperties();
                String millis = Long.toString(properties.sender().smtpTimeout().toMillis());
                javaMail.putIfAbsent("mail.smtp.connectiontimeout", millis);
                javaMail.putIfAbsent("mail.smtp.timeout", millis);
                javaMail.putIfAbsent("mail.smtp.writetimeout", millis);
                impl.setJavaMailProperties(javaMail);
            }
        }
    }
}

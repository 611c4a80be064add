package jp.musubi.workflow.account;

import java.time.Clock;

import jp.musubi.cms.mail.notification.MailKind;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AdminBootstrapProperties.class, AccountActivationProperties.class,
        PasswordResetProperties.class})
class AccountConfiguration {

    /** The outbox page 送信メール names the password-reset mails. */
    @Bean
    MailKind passwordResetMailKind() {
        return PasswordResetMail.KIND;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}

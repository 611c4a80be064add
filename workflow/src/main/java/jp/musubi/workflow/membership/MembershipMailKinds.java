package jp.musubi.workflow.membership;

import jp.musubi.cms.mail.notification.MailKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kinds of mail this feature sends, so the outbox page 送信メール names them. */
@Configuration(proxyBeanMethods = false)
class MembershipMailKinds {

    @Bean
    MailKind membershipApprovedMailKind() {
        return MembershipApproved.KIND;
    }

    @Bean
    MailKind memberProfileChangeDecidedMailKind() {
        return MemberProfileChangeDecided.KIND;
    }

    @Bean
    MailKind membershipDeclinedMailKind() {
        return MembershipDeclined.KIND;
    }
}

package jp.musubi.workflow.issuecase;

import jp.musubi.cms.mail.notification.MailKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kinds of mail this feature sends, so the outbox page 送信メール names them. */
@Configuration(proxyBeanMethods = false)
class IssueCaseMailKinds {

    @Bean
    MailKind issueDecisionNoticeMailKind() {
        return IssueDecisionNotice.KIND;
    }

    @Bean
    MailKind proposalReceivedMailKind() {
        return ProposalReceived.KIND;
    }

    @Bean
    MailKind proposalOutcomeMailKind() {
        return ProposalOutcome.KIND;
    }
}

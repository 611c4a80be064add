package jp.musubi.workflow.approval;

import static jp.musubi.workflow.approval.ApprovalTexts.TEXTS;

import jp.musubi.workflow.delegate.ProcessDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code content-publication} a diagram may call. */
@Configuration(proxyBeanMethods = false)
class PublicationDelegateChoices {

    @Bean
    ProcessDelegate publishContentDelegateChoice() {
        return new ProcessDelegate("publishContentDelegate", TEXTS.get("approval.delegate.publish"));
    }

    @Bean
    ProcessDelegate rejectContentDelegateChoice() {
        return new ProcessDelegate("rejectContentDelegate", TEXTS.get("approval.delegate.reject"));
    }

    @Bean
    ProcessDelegate newsletterDelegateChoice() {
        return new ProcessDelegate("newsletterDelegate", TEXTS.get("approval.delegate.newsletter"));
    }
}

package jp.musubi.workflow.approval;

import jp.musubi.workflow.delegate.ProcessDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code content-publication} a diagram may call. */
@Configuration(proxyBeanMethods = false)
class PublicationDelegateChoices {

    @Bean
    ProcessDelegate publishContentDelegateChoice() {
        return new ProcessDelegate("publishContentDelegate", "コンテンツの公開");
    }

    @Bean
    ProcessDelegate rejectContentDelegateChoice() {
        return new ProcessDelegate("rejectContentDelegate", "コンテンツの差戻し");
    }

    @Bean
    ProcessDelegate newsletterDelegateChoice() {
        return new ProcessDelegate("newsletterDelegate", "会員向けメール配信");
    }
}

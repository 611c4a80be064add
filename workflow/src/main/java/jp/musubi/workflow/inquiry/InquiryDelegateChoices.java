package jp.musubi.workflow.inquiry;

import static jp.musubi.workflow.inquiry.InquiryTexts.TEXTS;

import jp.musubi.workflow.delegate.ProcessDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code inquiry} a diagram may call. */
@Configuration(proxyBeanMethods = false)
class InquiryDelegateChoices {

    @Bean
    ProcessDelegate inquiryReplyDelegateChoice() {
        return new ProcessDelegate("inquiryReplyDelegate", TEXTS.get("inquiry.delegate.reply"));
    }
}

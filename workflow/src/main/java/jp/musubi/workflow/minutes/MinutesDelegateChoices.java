package jp.musubi.workflow.minutes;

import jp.musubi.cms.common.Messages;
import jp.musubi.workflow.delegate.ProcessDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code meeting-minutes} a diagram may call. */
@Configuration(proxyBeanMethods = false)
class MinutesDelegateChoices {

    private static final Messages TEXTS = Messages.of("i18n/minutes");

    @Bean
    ProcessDelegate minutesReminderDelegateChoice() {
        return new ProcessDelegate("minutesReminderDelegate", TEXTS.get("minutes.delegate.reminder"));
    }
}

package jp.musubi.workflow.minutes;

import jp.musubi.workflow.delegate.ProcessDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code meeting-minutes} a diagram may call. */
@Configuration(proxyBeanMethods = false)
class MinutesDelegateChoices {

    @Bean
    ProcessDelegate minutesReminderDelegateChoice() {
        return new ProcessDelegate("minutesReminderDelegate", "打合せ記録の督促");
    }
}

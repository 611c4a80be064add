package jp.musubi.workflow.minutes;

import jp.musubi.cms.common.Messages;
import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.workflow.delegate.ProcessDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code meeting-minutes} a diagram may call, and the kinds of mail they send. */
@Configuration(proxyBeanMethods = false)
class MinutesDelegateChoices {

    private static final Messages TEXTS = Messages.of("i18n/minutes");

    @Bean
    ProcessDelegate minutesReminderDelegateChoice() {
        return new ProcessDelegate("minutesReminderDelegate", TEXTS.get("minutes.delegate.reminder"));
    }

    @Bean
    ProcessDelegate minutesOverdueDelegateChoice() {
        return new ProcessDelegate("minutesOverdueDelegate", TEXTS.get("minutes.delegate.overdue"));
    }

    @Bean
    MailKind minutesReminderMailKind() {
        return MinutesDeadlineNotice.REMINDER;
    }

    @Bean
    MailKind minutesOverdueMailKind() {
        return MinutesDeadlineNotice.OVERDUE;
    }
}

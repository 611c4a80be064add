package jp.musubi.workflow.program;

import java.time.Clock;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.mail.notification.MailKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every morning (Asia/Tokyo) the reminders of deliverables due within N business days go out; once each. */
@Component
class DeliverableReminderJob {

    private final Deliverables deliverables;
    private final Clock clock;

    DeliverableReminderJob(Deliverables deliverables, Clock clock) {
        this.deliverables = deliverables;
        this.clock = clock;
    }

    @Scheduled(cron = "${musubi.program.reminder-cron:0 0 8 * * *}", zone = "Asia/Tokyo")
    void remind() {
        deliverables.remind(JapaneseTimes.today(clock));
    }

    @Configuration(proxyBeanMethods = false)
    static class Kinds {
        @Bean
        MailKind deliverableReminderMailKind() {
            return DeliverableReminder.KIND;
        }
    }
}

package jp.musubi.workflow.meeting;

import jp.musubi.cms.mail.notification.MailKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kinds of mail this feature sends, so the outbox page 送信メール names them. */
@Configuration(proxyBeanMethods = false)
class MeetingMailKinds {

    @Bean
    MailKind meetingInvitationMailKind() {
        return MeetingInvitation.KIND;
    }

    @Bean
    MailKind meetingMaterialsReminderMailKind() {
        return MaterialsReminder.KIND;
    }
}

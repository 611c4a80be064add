package jp.musubi.workflow.consultation;

import jp.musubi.cms.mail.notification.Notifications;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 受付終了の通知 (process {@code consultation-matching}): mails the reason, in the 受付 task's transaction. */
@Component("consultationIntakeClosedDelegate")
public class ConsultationIntakeClosedDelegate implements JavaDelegate {

    private final ConsultationRepository consultations;
    private final Notifications notifications;

    ConsultationIntakeClosedDelegate(ConsultationRepository consultations, Notifications notifications) {
        this.consultations = consultations;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable("consultationId")).longValue();
        ConsultationCase consultation = consultations.find(id).orElseThrow(() -> new IllegalStateException("consultation " + id));
        ConsultationRequest request = consultation.request();
        notifications.send(new ConsultationClosedNotice(request.email(), request.contactName(), request.organization(),
                request.topic(), consultation.closeReason()));
    }
}

package jp.musubi.workflow.membership;

import jp.musubi.cms.mail.notification.Notifications;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** 見送りの通知 (process {@code member-registration}): mails the screening's reason to the applicant. */
@Component("membershipDeclineDelegate")
public class MembershipDeclineDelegate implements JavaDelegate {

    private final MembershipApplicationRepository applications;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;

    MembershipDeclineDelegate(MembershipApplicationRepository applications, Notifications notifications,
                              ApplicationEventPublisher events) {
        this.events = events;
        this.applications = applications;
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable("applicationId")).longValue();
        StoredApplication stored = applications.find(id)
                .orElseThrow(() -> new IllegalStateException("membership application " + id + " not found"));
        MembershipApplication a = stored.application();
        notifications.send(new MembershipDeclined(a.contactEmail(), a.contactName(), a.organizationName(),
                stored.declineReason()));
        events.publishEvent(new MembershipRefused(id));
    }
}

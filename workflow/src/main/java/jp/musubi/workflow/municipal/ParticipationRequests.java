package jp.musubi.workflow.municipal;

import java.util.Set;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.mail.notification.Notifications;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.issuecase.IssueSelected;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the prefecture selects an issue, asks the staff of every other municipality for their
 * participation intent by mail, in the selection's transaction (the outbox delivers it).
 */
@Component
class ParticipationRequests {

    private final AccountService accounts;
    private final Notifications notifications;
    private final Municipalities municipalities;

    ParticipationRequests(AccountService accounts, Notifications notifications, Municipalities municipalities) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.municipalities = municipalities;
    }

    @EventListener
    void on(IssueSelected selected) {
        String submitting = municipalities.title(selected.municipality());
        String deadline = JapaneseTimes.dateWithWeekday(selected.participationDeadline());
        for (Account account : accounts.enabledWithAnyRole(Set.of(Role.MUNICIPAL_STAFF.name()))) {
            if (account.email() == null || account.email().isBlank() || account.municipality() == null
                    || account.municipality().equals(selected.municipality())) {
                continue;
            }
            notifications.send(new ParticipationRequest(account.email(), account.displayName(), selected.title(), submitting, deadline));
        }
    }
}

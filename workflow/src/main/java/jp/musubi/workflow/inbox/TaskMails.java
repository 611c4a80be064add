package jp.musubi.workflow.inbox;

import java.time.LocalDate;
import java.util.Set;

import jp.musubi.cms.mail.notification.Notifications;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The 「タスクが割り当てられました」 mail, written to the outbox in the caller's transaction. */
@Component
class TaskMails {

    private static final Logger log = LoggerFactory.getLogger(TaskMails.class);

    private final AccountService accounts;
    private final Notifications notifications;

    TaskMails(AccountService accounts, Notifications notifications) {
        this.accounts = accounts;
        this.notifications = notifications;
    }

    void toUsers(Set<String> usernames, String taskId, String taskName, String caseTitle, LocalDate due) {
        accounts.withUsernames(usernames).forEach(account -> send(account, taskId, taskName, caseTitle, due));
    }

    void toGroups(Set<String> groups, String taskId, String taskName, String caseTitle, LocalDate due) {
        accounts.enabledWithAnyRole(groups).forEach(account -> send(account, taskId, taskName, caseTitle, due));
    }

    private void send(Account account, String taskId, String taskName, String caseTitle, LocalDate due) {
        if (!account.enabled() || account.email() == null || account.email().isBlank()) {
            return;
        }
        try {
            notifications.send(new TaskAssigned(account.email(), account.displayName(), taskName, caseTitle, due,
                    "/inbox/tasks/" + taskId));
        } catch (IllegalArgumentException e) {
            // An address the outbox refuses must not stop the process; the task is still in the inbox.
            log.warn("No task mail to {}: {}", account.username(), e.getMessage());
        }
    }
}

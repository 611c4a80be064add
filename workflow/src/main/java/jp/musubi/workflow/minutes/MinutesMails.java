package jp.musubi.workflow.minutes;

import java.time.LocalDate;
import java.util.Set;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.Notifications;
import jp.musubi.workflow.account.Account;
import jp.musubi.workflow.account.AccountService;
import jp.musubi.workflow.account.Role;
import jp.musubi.workflow.calendar.JapaneseBusinessCalendar;
import org.springframework.stereotype.Component;

/** Sends the deadline mails of the minutes to every enabled account of the roles concerned, in the engine's transaction. */
@Component
class MinutesMails {

    static final int DUE_BUSINESS_DAYS = MeetingMinutes.DUE_BUSINESS_DAYS;

    private final AccountService accounts;
    private final Notifications notifications;
    private final JapaneseBusinessCalendar calendar;

    MinutesMails(AccountService accounts, Notifications notifications, JapaneseBusinessCalendar calendar) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.calendar = calendar;
    }

    int send(MailKind kind, String meetingTitle, LocalDate meetingDate, Set<Role> roles) {
        String due = JapaneseTimes.dateWithWeekday(calendar.addBusinessDays(meetingDate, DUE_BUSINESS_DAYS));
        int sent = 0;
        for (Account account : accounts.enabledWithAnyRole(roles.stream().map(Role::name).collect(java.util.stream.Collectors.toSet()))) {
            if (account.email() != null) {
                notifications.send(new MinutesDeadlineNotice(kind, account.email(), account.displayName(), meetingTitle, due));
                sent++;
            }
        }
        return sent;
    }

    static LocalDate date(Object value) {
        return value instanceof LocalDate date ? date : LocalDate.parse(String.valueOf(value).substring(0, 10));
    }
}

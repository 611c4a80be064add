package jp.musubi.workflow.minutes;

import java.util.Set;

import jp.musubi.workflow.account.Role;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reminds the secretariat that the meeting record is due in two business days
 * (process {@code meeting-minutes}, timer 「提出期限の2営業日前」): records when in {@value #REMINDED_AT} and mails
 * every enabled SECRETARIAT account. The mails are optional so that an engine without the mail machinery (the
 * process tests) still runs the path.
 */
@Component("minutesReminderDelegate")
public class MinutesReminderDelegate implements JavaDelegate {

    /** When the reminder fired, by the engine's clock (the clock timers run on). */
    public static final String REMINDED_AT = "minutesRemindedAt";

    private final ObjectProvider<MinutesMails> mails;

    MinutesReminderDelegate(ObjectProvider<MinutesMails> mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(REMINDED_AT, CommandContextUtil.getProcessEngineConfiguration().getClock().getCurrentTime());
        mails.ifAvailable(m -> m.send(MinutesDeadlineNotice.REMINDER, String.valueOf(execution.getVariable("meetingTitle")),
                MinutesMails.date(execution.getVariable("meetingDate")), Set.of(Role.SECRETARIAT)));
    }
}

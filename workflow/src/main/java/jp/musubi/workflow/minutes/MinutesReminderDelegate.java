package jp.musubi.workflow.minutes;

import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.springframework.stereotype.Component;

/**
 * Reminds the secretariat that the meeting record is due in two business days
 * (process {@code meeting-minutes}, timer 「提出期限の2営業日前」).
 *
 * <p>For now it only records when the reminder was due to go out, in the process variable
 * {@value #REMINDED_AT}; sending the mail through the outbox belongs to the mail module.
 */
@Component("minutesReminderDelegate")
public class MinutesReminderDelegate implements JavaDelegate {

    /** When the reminder fired, by the engine's clock (the clock timers run on). */
    public static final String REMINDED_AT = "minutesRemindedAt";

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(REMINDED_AT, CommandContextUtil.getProcessEngineConfiguration().getClock().getCurrentTime());
    }
}

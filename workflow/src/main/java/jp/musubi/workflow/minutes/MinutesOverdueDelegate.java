package jp.musubi.workflow.minutes;

import java.util.Set;

import jp.musubi.workflow.account.Role;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The record is past its due date (timer 「提出期限超過」): records when in {@value #OVERDUE_AT} and mails the
 * secretariat and the prefecture before the prefecture's delay check appears.
 */
@Component("minutesOverdueDelegate")
public class MinutesOverdueDelegate implements JavaDelegate {

    public static final String OVERDUE_AT = "minutesOverdueAt";

    private final ObjectProvider<MinutesMails> mails;

    MinutesOverdueDelegate(ObjectProvider<MinutesMails> mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(OVERDUE_AT, CommandContextUtil.getProcessEngineConfiguration().getClock().getCurrentTime());
        mails.ifAvailable(m -> m.send(MinutesDeadlineNotice.OVERDUE, String.valueOf(execution.getVariable("meetingTitle")),
                MinutesMails.date(execution.getVariable("meetingDate")), Set.of(Role.SECRETARIAT, Role.PREF_STAFF)));
    }
}

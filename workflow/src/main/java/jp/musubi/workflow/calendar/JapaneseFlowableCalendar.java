package jp.musubi.workflow.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import jp.musubi.cms.common.JapaneseTimes;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.common.engine.impl.calendar.BusinessCalendarImpl;
import org.flowable.common.engine.impl.runtime.ClockReader;

/**
 * The Flowable business calendar {@value #NAME}: resolves {@link BusinessDayDuration} expressions
 * to the office's closing time ({@code musubi.calendar.end-of-business-day}, Japan time) on the
 * resulting business day. Used by user tasks ({@code flowable:dueDate="${meetingDate}/P10D"
 * flowable:businessCalendarName="japanese"}) and by timers ({@code <timerEventDefinition
 * flowable:businessCalendarName="japanese">}).
 *
 * <p>"Today" comes from the engine's clock, so Flowable tests that move the clock move it too.
 */
public class JapaneseFlowableCalendar extends BusinessCalendarImpl {

    public static final String NAME = "japanese";

    private final JapaneseBusinessCalendar calendar;
    private final LocalTime endOfBusinessDay;

    public JapaneseFlowableCalendar(ClockReader clockReader, JapaneseBusinessCalendar calendar, LocalTime endOfBusinessDay) {
        super(clockReader);
        this.calendar = calendar;
        this.endOfBusinessDay = endOfBusinessDay;
    }

    @Override
    public Date resolveDuedate(String expression, int maxIterations) {
        BusinessDayDuration duration;
        try {
            duration = BusinessDayDuration.parse(expression);
        } catch (IllegalArgumentException e) {
            throw new FlowableIllegalArgumentException(e.getMessage(), e);
        }
        LocalDate start = duration.start() != null
                ? duration.start()
                : calendar.dateAt(clockReader.getCurrentTime().toInstant());
        LocalDate dueDay = calendar.addBusinessDays(start, duration.businessDays());
        return Date.from(dueDay.atTime(endOfBusinessDay).atZone(JapaneseTimes.ZONE).toInstant());
    }
}

package jp.musubi.workflow.minutes;

import static jp.musubi.workflow.minutes.MinutesTexts.TEXTS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.workflow.calendar.JapaneseBusinessCalendar;
import jp.musubi.workflow.inbox.CaseContext;
import jp.musubi.workflow.inbox.CaseContextResolver;
import jp.musubi.workflow.inbox.CaseFact;
import org.springframework.stereotype.Component;

/** The case summary of a minutes task: the meeting, its date, the due date and the prefecture's last comment. */
@Component
class MinutesContextResolver implements CaseContextResolver {

    private final MinutesRecords records;
    private final JapaneseBusinessCalendar calendar;

    MinutesContextResolver(MinutesRecords records, JapaneseBusinessCalendar calendar) {
        this.records = records;
        this.calendar = calendar;
    }

    @Override
    public String processKey() {
        return MeetingMinutes.PROCESS;
    }

    @Override
    public CaseContext resolve(String processInstanceId, String businessKey, Map<String, Object> variables) {
        String title = CaseContextResolver.text(variables, "meetingTitle");
        Object date = variables.get("meetingDate");
        if (title == null || date == null) {
            return null;
        }
        var meetingDate = MinutesMails.date(date);
        List<CaseFact> facts = new ArrayList<>();
        facts.add(new CaseFact(TEXTS.get("minutes.fact.meetingDate"), JapaneseTimes.dateWithWeekday(meetingDate)));
        facts.add(new CaseFact(TEXTS.get("minutes.fact.due"),
                JapaneseTimes.dateWithWeekday(calendar.addBusinessDays(meetingDate, MinutesMails.DUE_BUSINESS_DAYS))));
        records.find(processInstanceId).ifPresent(record -> {
            if (record.reviewComment() != null) {
                facts.add(new CaseFact(TEXTS.get("minutes.fact.reviewComment"), record.reviewComment()));
            }
            if (record.text() != null) {
                facts.add(new CaseFact(TEXTS.get("minutes.fact.text"), record.text()));
            }
        });
        return CaseContext.of(title, JapaneseTimes.dateWithWeekday(meetingDate), facts);
    }
}

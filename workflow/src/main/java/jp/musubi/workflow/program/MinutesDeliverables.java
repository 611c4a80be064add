package jp.musubi.workflow.program;

import static jp.musubi.workflow.program.ProgramTexts.TEXTS;

import java.time.LocalDate;
import java.util.List;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.workflow.calendar.JapaneseBusinessCalendar;
import jp.musubi.workflow.minutes.MeetingMinutes;
import jp.musubi.workflow.minutes.MinutesRecord;
import jp.musubi.workflow.minutes.MinutesSteps;
import org.springframework.stereotype.Service;

/**
 * 打合せ記録 as deliverables: every meeting's minutes with their due date (10 business days after the meeting, the
 * Japanese calendar), their state and, once approved, the PDF.
 */
@Service
class MinutesDeliverables {

    /** One meeting's minutes on the deliverables page; {@code pdfUrl} null until approved. */
    record Row(String title, String meetingDay, String due, String state, boolean overdue, String pdfUrl) {
    }

    private static final String STATE_KEY_PREFIX = "program.minutes.state.";

    private final MinutesSteps minutes;
    private final JapaneseBusinessCalendar calendar;
    private final ProgramTargets targets;

    MinutesDeliverables(MinutesSteps minutes, JapaneseBusinessCalendar calendar, ProgramTargets targets) {
        this.minutes = minutes;
        this.calendar = calendar;
        this.targets = targets;
    }

    List<Row> rows() {
        LocalDate today = targets.today();
        return minutes.all().stream().map(record -> row(record, today)).toList();
    }

    private Row row(MinutesRecord record, LocalDate today) {
        LocalDate due = record.meetingDate() == null ? null
                : calendar.addBusinessDays(record.meetingDate(), MeetingMinutes.DUE_BUSINESS_DAYS);
        boolean overdue = !record.approved() && record.submittedAt() == null && due != null && today.isAfter(due);
        String state = record.approved() ? "APPROVED" : record.submittedAt() != null ? "SUBMITTED" : overdue ? "OVERDUE" : "WRITING";
        return new Row(record.title(), record.meetingDate() == null ? "—" : JapaneseTimes.dateWithWeekday(record.meetingDate()),
                due == null ? "—" : JapaneseTimes.dateWithWeekday(due), TEXTS.get(STATE_KEY_PREFIX + state), overdue,
                record.approved() && record.meetingId() != null ? "/meetings/" + record.meetingId() + "/minutes.pdf" : null);
    }
}

package jp.musubi.workflow.meeting;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for due materials reminders of 定例打合せ; the decision and the mails are {@link MeetingSchedule}'s. */
@Component
class MaterialsReminderJob {

    private final MeetingSchedule schedule;

    MaterialsReminderJob(MeetingSchedule schedule) {
        this.schedule = schedule;
    }

    @Scheduled(fixedDelayString = "${musubi.meeting.reminder-interval:5m}", initialDelayString = "${musubi.meeting.reminder-interval:5m}")
    void remind() {
        schedule.sendMaterialsReminders();
    }
}

package jp.musubi.workflow.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.test.Deployment;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code meeting-minutes}: a meeting on Tuesday 2026-04-28, just before Golden Week
 * (4/29 昭和の日, 5/3–5/6 with the 振替休日), so the record is due on Monday 2026-05-18 at 17:15.
 */
@MeetingMinutesFlowableTest
class MeetingMinutesProcessTest {

    private static final String PROCESS = "processes/meeting-minutes.bpmn20.xml";
    private static final OffsetDateTime MEETING_AFTERNOON = jst("2026-04-28T15:00");
    private static final Date REMINDER_TIME = date(jst("2026-05-14T17:15"));
    private static final Date DUE_TIME = date(jst("2026-05-18T17:15"));

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    @Test
    @Deployment(resources = PROCESS)
    void theSecretariatWritesTheRecordDueTenBusinessDaysAfterTheMeeting() {
        String process = startAfterMeeting(LocalDate.of(2026, 4, 28), MEETING_AFTERNOON);

        Task write = task(process, "writeMinutes");
        assertThat(write.getName()).isEqualTo("打合せ記録の作成・提出");
        assertThat(write.getDueDate()).isEqualTo(DUE_TIME);
        assertThat(tasks.createTaskQuery().taskCandidateGroup("SECRETARIAT").taskId(write.getId()).count()).isOne();
        assertThat(tasks.createTaskQuery().taskCandidateGroup("PREF_STAFF").taskId(write.getId()).count()).isZero();
        assertThat(management.createTimerJobQuery().processInstanceId(process).list())
                .extracting(Job::getDuedate)
                .containsExactlyInAnyOrder(REMINDER_TIME, DUE_TIME);
    }

    @Test
    @Deployment(resources = PROCESS)
    void theYearEndClosureAndComingOfAgeDayPushTheDueDate() {
        // 12/23–12/25, 12/28, then 12/29–1/3 closed, 1/4–1/8, 1/11 成人の日: the 10th is 1/12.
        String process = startAfterMeeting("2026-12-22", jst("2026-12-22T18:00"));

        assertThat(task(process, "writeMinutes").getDueDate()).isEqualTo(date(jst("2027-01-12T17:15")));
    }

    @Test
    @Deployment(resources = PROCESS)
    void submittedInTimeAndAccepted() {
        String process = startAfterMeeting(LocalDate.of(2026, 4, 28), MEETING_AFTERNOON);

        at(jst("2026-05-12T10:00"));
        complete(task(process, "writeMinutes"), Map.of());
        assertThat(management.createTimerJobQuery().processInstanceId(process).count())
                .as("reminder and overdue timers are cancelled with the submission").isZero();

        Task review = task(process, "reviewMinutes");
        assertThat(review.getName()).isEqualTo("打合せ記録の確認（県）");
        assertThat(tasks.createTaskQuery().taskCandidateGroup("PREF_STAFF").taskId(review.getId()).count()).isOne();
        complete(review, Map.of("minutesAccepted", true));

        assertEnded(process);
        assertThat(visits(process, "minutesFinalized")).isOne();
        assertThat(visits(process, "recordReminder")).isZero();
        assertThat(visits(process, "confirmOverdue")).isZero();
    }

    @Test
    @Deployment(resources = PROCESS)
    void returnedForCorrectionThenAccepted() {
        String process = startAfterMeeting(LocalDate.of(2026, 4, 28), MEETING_AFTERNOON);
        at(jst("2026-05-12T10:00"));
        complete(task(process, "writeMinutes"), Map.of());

        complete(task(process, "reviewMinutes"), Map.of("minutesAccepted", false, "reviewComment", "出席者の所属を追記してください"));

        Task correct = task(process, "correctMinutes");
        assertThat(correct.getName()).isEqualTo("打合せ記録の修正・再提出");
        assertThat(tasks.createTaskQuery().taskCandidateGroup("SECRETARIAT").taskId(correct.getId()).count()).isOne();
        assertThat(runtime.getVariable(process, "reviewComment")).isEqualTo("出席者の所属を追記してください");
        complete(correct, Map.of());

        complete(task(process, "reviewMinutes"), Map.of("minutesAccepted", true));

        assertEnded(process);
        assertThat(visits(process, "reviewMinutes")).isEqualTo(2);
        assertThat(visits(process, "writeMinutes")).as("the timed task is not re-entered").isOne();
        assertThat(visits(process, "minutesFinalized")).isOne();
    }

    @Test
    @Deployment(resources = PROCESS)
    void theReminderFiresTwoBusinessDaysBeforeTheDueDate() {
        String process = startAfterMeeting(LocalDate.of(2026, 4, 28), MEETING_AFTERNOON);

        assertThat(fireTimersDueAt(jst("2026-05-14T17:14"), process)).isZero();
        assertThat(runtime.getVariable(process, MinutesReminderDelegate.REMINDED_AT)).isNull();

        assertThat(fireTimersDueAt(jst("2026-05-14T17:15"), process)).isOne();

        assertThat(runtime.getVariable(process, MinutesReminderDelegate.REMINDED_AT)).isEqualTo(REMINDER_TIME);
        assertThat(visits(process, "reminderRecorded")).isOne();
        Task write = task(process, "writeMinutes");
        assertThat(write.getDueDate()).as("the reminder does not interrupt the task").isEqualTo(DUE_TIME);
        assertThat(tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("confirmOverdue").count()).isZero();

        complete(write, Map.of());
        complete(task(process, "reviewMinutes"), Map.of("minutesAccepted", true));
        assertEnded(process);
        assertThat(visits(process, "confirmOverdue")).isZero();
    }

    @Test
    @Deployment(resources = PROCESS)
    void anOverdueRecordIsEscalatedToThePrefecture() {
        String process = startAfterMeeting(LocalDate.of(2026, 4, 28), MEETING_AFTERNOON);

        assertThat(fireTimersDueAt(jst("2026-05-18T17:14"), process)).as("only the reminder").isOne();
        assertThat(tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("confirmOverdue").count()).isZero();

        assertThat(fireTimersDueAt(jst("2026-05-18T17:15"), process)).isOne();

        Task overdue = task(process, "confirmOverdue");
        assertThat(overdue.getName()).isEqualTo("議事録提出遅延の確認");
        assertThat(tasks.createTaskQuery().taskCandidateGroup("PREF_STAFF").taskId(overdue.getId()).count()).isOne();
        assertThat(task(process, "writeMinutes").getDueDate()).as("the secretariat can still submit").isEqualTo(DUE_TIME);

        at(jst("2026-05-19T11:00"));
        complete(task(process, "writeMinutes"), Map.of());
        complete(task(process, "reviewMinutes"), Map.of("minutesAccepted", true));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process).count())
                .as("the delay check stays open until the prefecture completes it").isOne();

        complete(overdue, Map.of());
        assertEnded(process);
        assertThat(visits(process, "overdueConfirmed")).isOne();
        assertThat(visits(process, "minutesFinalized")).isOne();
    }

    private String startAfterMeeting(Object meetingDate, OffsetDateTime now) {
        at(now);
        return runtime.startProcessInstanceByKey("meeting-minutes", Map.of(
                "meetingTitle", "第3回 定例打合せ",
                "meetingDate", meetingDate,
                "meetingKind", "regular")).getId();
    }

    /** Moves the engine clock and runs the timers due by then, as the async executor would. */
    private int fireTimersDueAt(OffsetDateTime now, String process) {
        at(now);
        List<Job> due = management.createTimerJobQuery().processInstanceId(process).executable().list();
        for (Job timer : due) {
            Job job = management.moveTimerToExecutableJob(timer.getId());
            management.executeJob(job.getId());
        }
        return due.size();
    }

    private void at(OffsetDateTime now) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(date(now));
    }

    private Task task(String process, String key) {
        return tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(key).singleResult();
    }

    private void complete(Task task, Map<String, Object> variables) {
        assertThat(task).as("open task").isNotNull();
        tasks.complete(task.getId(), variables);
    }

    private long visits(String process, String activity) {
        return history.createHistoricActivityInstanceQuery().processInstanceId(process).activityId(activity).count();
    }

    private void assertEnded(String process) {
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(process).finished().count()).isOne();
    }

    private static OffsetDateTime jst(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+09:00");
    }

    private static Date date(OffsetDateTime time) {
        return Date.from(time.toInstant());
    }
}

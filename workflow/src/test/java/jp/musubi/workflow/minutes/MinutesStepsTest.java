package jp.musubi.workflow.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import jp.musubi.cms.input.InputRefused;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import jp.musubi.workflow.task.TaskNotPermittedException;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The minutes as the staff complete them, with the application's mails: the reminder and the overdue notice go
 * into the outbox when their timers fire on the engine clock; write → return → correct → approve leaves the
 * approved record. The meeting on Tuesday 2026-04-28 is before Golden Week, so the record is due on 2026-05-18.
 */
@WorkflowSpringBootTest
class MinutesStepsTest {

    @Autowired
    MeetingMinutes minutes;
    @Autowired
    MinutesSteps steps;
    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        engine.getProcessEngineConfiguration().getClock().reset();
    }

    @Test
    void theReminderAndTheOverdueNoticeAreMailedWhenTheirTimersFire() {
        at("2026-04-28T15:00");
        String process = minutes.start(9001, "定例打合せ：第3回（リマインド）", LocalDate.of(2026, 4, 28), "regular");
        assertThat(task(process, "writeMinutes").getDueDate()).isEqualTo(date("2026-05-18T17:15"));

        assertThat(fire(process, "2026-05-14T17:14")).isZero();
        assertThat(mails("minutes-reminder", "第3回（リマインド）")).isZero();
        assertThat(fire(process, "2026-05-14T17:15")).isOne();
        List<String> reminded = recipients("minutes-reminder", "第3回（リマインド）");
        assertThat(reminded).contains("sec@staff.example.jp", "secretariat1@staff.example.jp")
                .doesNotContain("pref@staff.example.jp");
        assertThat(subject("minutes-reminder", "第3回（リマインド）")).contains("2026年5月18日（月）");

        assertThat(fire(process, "2026-05-18T17:15")).isOne();
        assertThat(recipients("minutes-overdue", "第3回（リマインド）")).contains("sec@staff.example.jp", "pref@staff.example.jp");
        Task overdue = task(process, "confirmOverdue");
        assertThat(overdue.getFormKey()).isEqualTo("minutes-overdue");
        steps.confirmOverdue(overdue.getId(), "5/20までに提出の見込み", "pref");
        assertThat(task(process, "confirmOverdue")).isNull();
    }

    @Test
    void writtenReturnedCorrectedAndApproved() {
        at("2026-04-28T15:00");
        String process = minutes.start(9002, "個別打合せ：宇都宮市（記録）", LocalDate.of(2026, 4, 28), "individual");

        assertThatThrownBy(() -> steps.submit(task(process, "writeMinutes").getId(), "  ", "sec"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors().get("minutes")).isEqualTo("打合せ記録を入力してください。"));
        assertThatThrownBy(() -> steps.submit(task(process, "writeMinutes").getId(), "記録", "muni"))
                .isInstanceOf(TaskNotPermittedException.class);
        steps.submit(task(process, "writeMinutes").getId(), "出席者：宇都宮市 2名、事務局 1名\n決定事項：実証の範囲", "sec");

        assertThatThrownBy(() -> steps.review(task(process, "reviewMinutes").getId(), false, null, "pref"))
                .isInstanceOfSatisfying(InputRefused.class, e -> assertThat(e.errors()).containsKey("reviewComment"));
        steps.review(task(process, "reviewMinutes").getId(), false, "出席者の所属を追記してください", "pref");
        assertThat(steps.record(process).orElseThrow().reviewComment()).isEqualTo("出席者の所属を追記してください");

        Task correct = task(process, "correctMinutes");
        assertThat(tasks.getVariable(correct.getId(), MinutesSteps.TEXT_VARIABLE)).asString().contains("実証の範囲");
        steps.correct(correct.getId(), "出席者：宇都宮市 情報政策課 2名、事務局 1名\n決定事項：実証の範囲", "sec");
        steps.review(task(process, "reviewMinutes").getId(), true, null, "pref");

        MinutesRecord record = steps.record(process).orElseThrow();
        assertThat(record.approved()).isTrue();
        assertThat(record.approvedBy()).isEqualTo("pref");
        assertThat(record.text()).contains("情報政策課");
        assertThat(tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey("writeMinutes").count()).isZero();
    }

    private int fire(String process, String now) {
        at(now);
        List<Job> due = management.createTimerJobQuery().processInstanceId(process).executable().list();
        for (Job timer : due) {
            management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
        }
        return due.size();
    }

    private long mails(String kind, String title) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE kind = ? AND subject LIKE ?").params(kind, "%" + title + "%")
                .query(Long.class).single();
    }

    private List<String> recipients(String kind, String title) {
        return jdbc.sql("SELECT recipient FROM mail_outbox WHERE kind = ? AND subject LIKE ?").params(kind, "%" + title + "%")
                .query(String.class).list();
    }

    private String subject(String kind, String title) {
        return jdbc.sql("SELECT subject FROM mail_outbox WHERE kind = ? AND subject LIKE ?").params(kind, "%" + title + "%")
                .query(String.class).list().get(0);
    }

    private Task task(String process, String key) {
        return tasks.createTaskQuery().processInstanceId(process).taskDefinitionKey(key).singleResult();
    }

    private void at(String localDateTime) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(date(localDateTime));
    }

    private static Date date(String localDateTime) {
        return Date.from(OffsetDateTime.parse(localDateTime + "+09:00").toInstant());
    }
}

package jp.musubi.webapp.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.webapp.support.MusubiSpringBootTest;
import jp.musubi.webapp.support.MutableClock;
import org.flowable.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily retention job with a clock moved forward: records past their 5-year period are erased
 * (inquiries deleted, consultations stripped of personal data, audit entries deleted, Flowable's history of
 * ended process instances deleted, sent mails deleted), younger ones and open ones (running processes,
 * queued and failed mails) stay, and one result per contributed rule says how many.
 */
@MusubiSpringBootTest
class RetentionJobTest {

    @Autowired
    RetentionJob job;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProcessEngine engine;

    @AfterEach
    void resetClock() {
        clock.reset();
        engine.getProcessEngineConfiguration().getClock().reset();
    }

    @Test
    void everyFeatureContributesItsRuleWithAConfiguredPeriod() {
        List<RetentionResult> results = job.run();

        assertThat(results).extracting(RetentionResult::rule)
                .contains("inquiries", "consultations", "audit-entries", "process-history", "outbox-sent");
        assertThat(results).allSatisfy(result -> assertThat(result.period()).as(result.rule()).isNotNull());
    }

    @Test
    void recordsPastTheirPeriodAreErasedAndTheOthersKept() {
        Instant now = Instant.now();
        ZonedDateTime jst = now.atZone(JapaneseTimes.ZONE);
        long oldClosed = inquiry("CLOSED", jst.minusYears(5).minusDays(3));
        long youngClosed = inquiry("CLOSED", jst.minusYears(5).plusDays(3));
        long oldOpen = inquiry("RECEIVED", jst.minusYears(6));
        long oldConsultation = consultation(jst.minusYears(5).minusDays(3));
        long youngConsultation = consultation(jst.minusYears(4));
        audit("retention-test:old", jst.minusYears(5).minusDays(3));
        audit("retention-test:young", jst.minusYears(5).plusDays(3));

        List<RetentionResult> today = job.run();

        assertThat(exists("inquiry", oldClosed)).as("closed inquiry answered more than 5 years ago").isFalse();
        assertThat(exists("inquiry", youngClosed)).isTrue();
        assertThat(exists("inquiry", oldOpen)).as("an open inquiry is never erased").isTrue();
        assertThat(contactName(oldConsultation)).isEqualTo("（保存期間の経過により削除）");
        assertThat(jdbc.sql("SELECT email FROM consultation_request WHERE id = ?").param(oldConsultation)
                .query(String.class).single()).isEmpty();
        assertThat(jdbc.sql("SELECT organization FROM consultation_request WHERE id = ?").param(oldConsultation)
                .query(String.class).single()).as("the figures keep the organization").isEqualTo("保存期間テスト株式会社");
        assertThat(contactName(youngConsultation)).isEqualTo("保存 花子");
        assertThat(auditCount("retention-test:old")).isZero();
        assertThat(auditCount("retention-test:young")).isEqualTo(1);
        assertThat(erased(today, "inquiries")).isGreaterThanOrEqualTo(1);
        assertThat(erased(today, "consultations")).isGreaterThanOrEqualTo(1);

        // A week later the young inquiry's 5 years have passed too; the open one still stays.
        clock.freeze().advance(Duration.ofDays(7));
        List<RetentionResult> nextWeek = job.run();

        assertThat(exists("inquiry", youngClosed)).isFalse();
        assertThat(exists("inquiry", oldOpen)).isTrue();
        assertThat(contactName(youngConsultation)).isEqualTo("保存 花子");
        assertThat(auditCount("retention-test:young")).isZero();
        assertThat(erased(nextWeek, "consultations")).as("already stripped ones are not counted again").isZero();
    }

    @Test
    void endedProcessInstancesLeaveTheHistoryAfterTheirPeriodRunningOnesNever() {
        RetentionFixtures fixtures = new RetentionFixtures(engine, jdbc);
        String deployment = fixtures.deploy();
        try {
            ZonedDateTime jst = Instant.now().atZone(JapaneseTimes.ZONE);
            String old = fixtures.instance(jst.minusYears(5).minusDays(3), true);
            String young = fixtures.instance(jst.minusYears(5).plusDays(3), true);
            String running = fixtures.instance(jst.minusYears(7), false);
            assertThat(historyRows(old)).as("the old instance's steps and variables are in the history").isPositive();

            List<RetentionResult> today = job.run();

            assertThat(fixtures.historicInstance(old)).as("ended more than 5 years ago").isFalse();
            assertThat(historyRows(old)).as("its activities, tasks and variables went with it").isZero();
            assertThat(fixtures.historicInstance(young)).isTrue();
            assertThat(fixtures.historicInstance(running)).as("a running instance stays, however old").isTrue();
            assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(running).count()).isOne();
            assertThat(erased(today, "process-history")).isGreaterThanOrEqualTo(1);

            // A week later the young one's 5 years have passed too.
            clock.freeze().advance(Duration.ofDays(7));
            job.run();

            assertThat(fixtures.historicInstance(young)).isFalse();
            assertThat(fixtures.historicInstance(running)).isTrue();
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    @Test
    void sentMailsLeaveTheOutboxAfterTheirPeriodQueuedAndFailedOnesNever() {
        ZonedDateTime jst = Instant.now().atZone(JapaneseTimes.ZONE);
        RetentionFixtures fixtures = new RetentionFixtures(engine, jdbc);
        long oldSent = fixtures.mail("SENT", jst.minusYears(5).minusDays(3));
        fixtures.attachTo(oldSent);
        long youngSent = fixtures.mail("SENT", jst.minusYears(5).plusDays(3));
        long oldFailed = fixtures.mail("FAILED", jst.minusYears(6));
        long oldPending = fixtures.mail("PENDING", jst.minusYears(6));

        List<RetentionResult> today = job.run();

        assertThat(exists("mail_outbox", oldSent)).as("sent more than 5 years ago").isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mail_outbox_attachment WHERE outbox_id = ?").param(oldSent)
                .query(Long.class).single()).as("its attachment too").isZero();
        assertThat(exists("mail_outbox", youngSent)).isTrue();
        assertThat(exists("mail_outbox", oldFailed)).as("a failed mail waits for an administrator").isTrue();
        assertThat(exists("mail_outbox", oldPending)).as("a queued mail still has to go out").isTrue();
        assertThat(erased(today, "outbox-sent")).isGreaterThanOrEqualTo(1);

        clock.freeze().advance(Duration.ofDays(7));
        job.run();

        assertThat(exists("mail_outbox", youngSent)).isFalse();
        assertThat(exists("mail_outbox", oldFailed)).isTrue();
        assertThat(exists("mail_outbox", oldPending)).isTrue();
        jdbc.sql("DELETE FROM mail_outbox WHERE id IN (?, ?)").param(oldFailed).param(oldPending).update();
    }

    private long historyRows(String id) {
        return jdbc.sql("SELECT (SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = :id)"
                        + " + (SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ = :id)"
                        + " + (SELECT COUNT(*) FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = :id)")
                .param("id", id).query(Long.class).single();
    }

    private static int erased(List<RetentionResult> results, String rule) {
        return results.stream().filter(result -> result.rule().equals(rule)).findFirst().orElseThrow().erased();
    }

    private long inquiry(String status, ZonedDateTime at) {
        Timestamp time = Timestamp.from(at.toInstant());
        jdbc.sql("INSERT INTO inquiry (status, inquirer_name, email, subject, body, received_at, replied_at)"
                        + " VALUES (?, '保存 太郎', 'retention@example.jp', '保存期間の確認', '本文', ?, ?)")
                .param(status).param(time).param("CLOSED".equals(status) ? time : null).update();
        return jdbc.sql("SELECT MAX(id) FROM inquiry").query(Long.class).single();
    }

    private long consultation(ZonedDateTime closedAt) {
        Timestamp time = Timestamp.from(closedAt.toInstant());
        jdbc.sql("INSERT INTO consultation_request (status, organization, requester_kind, contact_name, email, phone,"
                        + " topic, body, received_at, closed_at) VALUES ('CLOSED', '保存期間テスト株式会社', 'COMPANY',"
                        + " '保存 花子', 'hanako@example.jp', '096-000-0000', '相談', '相談の本文', ?, ?)")
                .param(time).param(time).update();
        return jdbc.sql("SELECT MAX(id) FROM consultation_request").query(Long.class).single();
    }

    private void audit(String target, ZonedDateTime at) {
        jdbc.sql("INSERT INTO audit_entry (occurred_at, actor, action, target, detail)"
                        + " VALUES (?, 'admin', 'ROLE_CHANGE', ?, 'retention test')")
                .param(Timestamp.from(at.toInstant())).param(target).update();
    }

    private boolean exists(String table, long id) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE id = ?").param(id).query(Long.class).single() == 1;
    }

    private String contactName(long id) {
        return jdbc.sql("SELECT contact_name FROM consultation_request WHERE id = ?").param(id).query(String.class).single();
    }

    private long auditCount(String target) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE target = ?").param(target).query(Long.class).single();
    }
}

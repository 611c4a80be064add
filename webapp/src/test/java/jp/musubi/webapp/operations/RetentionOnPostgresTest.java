package jp.musubi.webapp.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.webapp.postgres.PostgresSpringBootTest;
import org.flowable.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two retention rules that touch large tables, on PostgreSQL: Flowable's bulk delete of the history of
 * process instances ended more than 5 years ago (running ones stay), and the delete of mails sent more than
 * 5 years ago with their attachments (failed ones stay). The H2 variant with a moving clock is
 * {@link RetentionJobTest}.
 */
@PostgresSpringBootTest
class RetentionOnPostgresTest {

    @Autowired
    RetentionJob job;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        engine.getProcessEngineConfiguration().getClock().reset();
    }

    @Test
    void oldProcessHistoryAndOldSentMailsAreDeletedTheRestKept() {
        String deployment = engine.getRepositoryService().createDeployment().name("retention-pg-test")
                .addString("retention-pg-test.bpmn20.xml", PROCESS).deploy().getId();
        try {
            ZonedDateTime jst = Instant.now().atZone(JapaneseTimes.ZONE);
            String ended = instance(jst.minusYears(6), true);
            String recent = instance(jst.minusYears(4), true);
            String running = instance(jst.minusYears(7), false);
            long oldSent = mail("SENT", jst.minusYears(6));
            jdbc.sql("INSERT INTO mail_outbox_attachment (outbox_id, position, filename, content_type, content)"
                            + " VALUES (?, 0, 'a.ics', 'text/calendar', ?)")
                    .param(oldSent).param("BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8)).update();
            long oldFailed = mail("FAILED", jst.minusYears(6));
            long recentSent = mail("SENT", jst.minusYears(4));

            List<RetentionResult> results = job.run();

            assertThat(historic(ended)).isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM act_hi_actinst WHERE proc_inst_id_ = ?").param(ended)
                    .query(Long.class).single()).isZero();
            assertThat(historic(recent)).isOne();
            assertThat(historic(running)).isOne();
            assertThat(rows("SELECT COUNT(*) FROM mail_outbox WHERE id = ?", oldSent)).isZero();
            assertThat(rows("SELECT COUNT(*) FROM mail_outbox_attachment WHERE outbox_id = ?", oldSent)).isZero();
            assertThat(rows("SELECT COUNT(*) FROM mail_outbox WHERE id = ?", oldFailed)).isOne();
            assertThat(rows("SELECT COUNT(*) FROM mail_outbox WHERE id = ?", recentSent)).isOne();
            assertThat(results).filteredOn(r -> r.rule().equals("process-history") || r.rule().equals("outbox-sent"))
                    .hasSize(2).allSatisfy(r -> assertThat(r.erased()).as(r.rule()).isPositive());
            jdbc.sql("DELETE FROM mail_outbox WHERE id IN (?, ?)").param(oldFailed).param(recentSent).update();
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    private static final String PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="https://musubi.jp/test">
              <process id="retention-pg-test" name="保存期間の試験" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="toWork" sourceRef="start" targetRef="work"/>
                <userTask id="work" name="作業"/>
                <sequenceFlow id="toEnd" sourceRef="work" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;

    private String instance(ZonedDateTime at, boolean end) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(at.toInstant()));
        try {
            String id = engine.getRuntimeService().startProcessInstanceByKey("retention-pg-test").getId();
            if (end) {
                engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(id)
                        .singleResult().getId());
            }
            return id;
        } finally {
            engine.getProcessEngineConfiguration().getClock().reset();
        }
    }

    private long historic(String id) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).count();
    }

    private long rows(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private long mail(String status, ZonedDateTime at) {
        Timestamp time = Timestamp.from(at.toInstant());
        String messageId = "<retention-pg-" + System.nanoTime() + "@musubi.test>";
        jdbc.sql("INSERT INTO mail_outbox (message_id, kind, recipient, subject, text_body, status, attempts,"
                        + " next_attempt_at, created_at, sent_at) VALUES (?, 'retention-test', 'old@example.jp', '保存期間',"
                        + " '本文', ?, 1, ?, ?, ?)")
                .param(messageId).param(status).param(time).param(time).param("SENT".equals(status) ? time : null).update();
        return jdbc.sql("SELECT id FROM mail_outbox WHERE message_id = ?").param(messageId).query(Long.class).single();
    }
}

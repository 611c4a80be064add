package jp.musubi.webapp.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
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
        RetentionFixtures fixtures = new RetentionFixtures(engine, jdbc);
        String deployment = fixtures.deploy();
        try {
            ZonedDateTime jst = Instant.now().atZone(JapaneseTimes.ZONE);
            String ended = fixtures.instance(jst.minusYears(6), true);
            String recent = fixtures.instance(jst.minusYears(4), true);
            String running = fixtures.instance(jst.minusYears(7), false);
            long oldSent = fixtures.mail("SENT", jst.minusYears(6));
            fixtures.attachTo(oldSent);
            long oldFailed = fixtures.mail("FAILED", jst.minusYears(6));
            long recentSent = fixtures.mail("SENT", jst.minusYears(4));

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

    private long historic(String id) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).count();
    }

    private long rows(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }
}

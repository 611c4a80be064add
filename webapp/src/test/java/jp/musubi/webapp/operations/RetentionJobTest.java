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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The daily retention job with a clock moved forward: records past their 5-year period are erased
 * (inquiries deleted, consultations stripped of personal data, audit entries deleted), younger ones and
 * open ones stay, and one result per contributed rule says how many.
 */
@MusubiSpringBootTest
class RetentionJobTest {

    @Autowired
    RetentionJob job;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyFeatureContributesItsRuleWithAConfiguredPeriod() {
        List<RetentionResult> results = job.run();

        assertThat(results).extracting(RetentionResult::rule)
                .contains("inquiries", "consultations", "audit-entries");
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

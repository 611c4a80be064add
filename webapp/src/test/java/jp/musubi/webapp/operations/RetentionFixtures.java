package jp.musubi.webapp.operations;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import org.flowable.engine.ProcessEngine;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the retention tests on H2 and on PostgreSQL both seed: process instances started (and ended) on a
 * moved Flowable clock from a one-task diagram, and outbox mails of a given status and age.
 */
final class RetentionFixtures {

    static final String PROCESS_KEY = "retention-test";

    private static final String PROCESS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="https://musubi.jp/test">
              <process id="retention-test" name="保存期間の試験" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="toWork" sourceRef="start" targetRef="work"/>
                <userTask id="work" name="作業"/>
                <sequenceFlow id="toEnd" sourceRef="work" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>
            """;

    private final ProcessEngine engine;
    private final JdbcClient jdbc;

    RetentionFixtures(ProcessEngine engine, JdbcClient jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    /** Deploys the diagram; the id is for {@code deleteDeployment} afterwards. */
    String deploy() {
        return engine.getRepositoryService().createDeployment().name(PROCESS_KEY)
                .addString(PROCESS_KEY + ".bpmn20.xml", PROCESS).deploy().getId();
    }

    /** An instance started and (if {@code end}) finished on Flowable's clock set to {@code at}. */
    String instance(ZonedDateTime at, boolean end) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(at.toInstant()));
        try {
            String id = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
                    Map.of("note", "保存期間の試験")).getId();
            if (end) {
                String task = engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult().getId();
                engine.getTaskService().complete(task);
            }
            return id;
        } finally {
            engine.getProcessEngineConfiguration().getClock().reset();
        }
    }

    boolean historicInstance(String id) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(id).count() == 1;
    }

    /** An outbox mail of {@code status} created (and, if SENT, sent) at {@code at}. */
    long mail(String status, ZonedDateTime at) {
        Timestamp time = Timestamp.from(at.toInstant());
        String messageId = "<retention-" + System.nanoTime() + "@musubi.test>";
        jdbc.sql("INSERT INTO mail_outbox (message_id, kind, recipient, subject, text_body, status, attempts,"
                        + " next_attempt_at, created_at, sent_at) VALUES (?, 'retention-test', 'old@example.jp', '保存期間',"
                        + " '本文', ?, 1, ?, ?, ?)")
                .param(messageId).param(status).param(time).param(time).param("SENT".equals(status) ? time : null).update();
        return jdbc.sql("SELECT id FROM mail_outbox WHERE message_id = ?").param(messageId).query(Long.class).single();
    }

    void attachTo(long outboxId) {
        jdbc.sql("INSERT INTO mail_outbox_attachment (outbox_id, position, filename, content_type, content)"
                        + " VALUES (?, 0, 'a.ics', 'text/calendar', ?)")
                .param(outboxId).param("BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8)).update();
    }
}

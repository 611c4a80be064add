package jp.musubi.cms.mail;

import java.sql.Timestamp;
import java.time.Instant;

import jp.musubi.cms.common.RetentionRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sent mails ({@code outbox-sent}): a message delivered more than {@code musubi.retention.periods.outbox-sent}
 * ago is deleted with its attachments (the foreign key cascades). Only SENT ones: a queued message still has
 * to go out, and a FAILED one waits for an administrator (送信メール) however old it is.
 */
@Component
class SentMailRetention implements RetentionRule {

    private final JdbcClient jdbc;

    SentMailRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return "outbox-sent";
    }

    @Override
    public int eraseBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM mail_outbox WHERE status = 'SENT' AND sent_at < ?")
                .param(Timestamp.from(cutoff))
                .update();
    }
}

package jp.musubi.workflow.inquiry;

import java.sql.Timestamp;
import java.time.Instant;

import jp.musubi.cms.common.RetentionRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 問合せ are kept {@code musubi.retention.periods.inquiries} after they were answered (or last
 * handled), then deleted with the inquirer's name, address and text. Open ones are never touched:
 * their process still reads them.
 */
@Component
class InquiryRetention implements RetentionRule {

    private final JdbcClient jdbc;

    InquiryRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return "inquiries";
    }

    @Override
    @Transactional
    public int eraseBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM inquiry WHERE status = 'CLOSED'"
                        + " AND COALESCE(replied_at, answered_at, triaged_at, received_at) < ?")
                .param(Timestamp.from(cutoff))
                .update();
    }
}

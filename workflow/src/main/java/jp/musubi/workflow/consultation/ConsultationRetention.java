package jp.musubi.workflow.consultation;

import java.sql.Timestamp;
import java.time.Instant;

import jp.musubi.cms.common.RetentionRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * DX相談 closed longer than {@code musubi.retention.periods.consultations} lose their personal data —
 * the contact person, address, phone, the request's text and the notes of who was contacted — while the
 * organization, the dates and the steps stay, so the monthly report's figures do not change.
 */
@Component
class ConsultationRetention implements RetentionRule {

    private final JdbcClient jdbc;

    ConsultationRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String id() {
        return "consultations";
    }

    @Override
    @Transactional
    public int eraseBefore(Instant cutoff) {
        return jdbc.sql("UPDATE consultation_request SET contact_name = ?, email = '', phone = NULL, body = ?,"
                        + " advice_notes = NULL, contact_with = NULL"
                        + " WHERE closed_at IS NOT NULL AND closed_at < ? AND contact_name <> ?")
                .param(ERASED).param(ERASED).param(Timestamp.from(cutoff)).param(ERASED)
                .update();
    }
}

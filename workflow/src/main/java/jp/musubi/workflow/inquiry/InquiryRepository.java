package jp.musubi.workflow.inquiry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Inquiries and their handling, in {@code inquiry}. */
@Repository
public class InquiryRepository {

    private final JdbcClient jdbc;

    InquiryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(InquiryForm form, Instant receivedAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO inquiry (status, inquirer_name, email, organization, subject, body, received_at)
                VALUES ('RECEIVED', ?, ?, ?, ?, ?, ?)
                """)
                .params(form.name(), form.email(), form.organization(), form.subject(), form.body(), Timestamp.from(receivedAt))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<Inquiry> find(long id) {
        return jdbc.sql("SELECT * FROM inquiry WHERE id = ?").param(id).query(this::map).optional();
    }

    void triage(long id, boolean consult, String question, String user, Instant at) {
        jdbc.sql("""
                UPDATE inquiry SET status = ?, consult_prefecture = ?, prefecture_question = ?, triaged_by = ?, triaged_at = ?
                WHERE id = ?
                """)
                .params(consult ? Inquiry.CONSULTING : Inquiry.ANSWERING, consult, question, user, Timestamp.from(at), id)
                .update();
    }

    void prefectureAnswer(long id, String answer, String user, Instant at) {
        jdbc.sql("UPDATE inquiry SET status = 'ANSWERING', prefecture_answer = ?, answered_by = ?, answered_at = ? WHERE id = ?")
                .params(answer, user, Timestamp.from(at), id).update();
    }

    void reply(long id, String reply, String user, Instant at) {
        jdbc.sql("UPDATE inquiry SET reply = ?, replied_by = ?, replied_at = ? WHERE id = ?")
                .params(reply, user, Timestamp.from(at), id).update();
    }

    void close(long id, long mailId) {
        jdbc.sql("UPDATE inquiry SET status = 'CLOSED', reply_mail_id = ? WHERE id = ?").params(mailId, id).update();
    }

    private Inquiry map(ResultSet rs, int row) throws SQLException {
        InquiryForm form = new InquiryForm(rs.getString("inquirer_name"), rs.getString("email"), rs.getString("organization"),
                rs.getString("subject"), rs.getString("body"));
        Timestamp repliedAt = rs.getTimestamp("replied_at");
        long mailId = rs.getLong("reply_mail_id");
        Long mail = rs.wasNull() ? null : mailId;
        Boolean consult = rs.getBoolean("consult_prefecture");
        if (rs.wasNull()) {
            consult = null;
        }
        return new Inquiry(rs.getLong("id"), rs.getString("status"), form, rs.getTimestamp("received_at").toInstant(),
                consult, rs.getString("prefecture_question"), rs.getString("triaged_by"),
                rs.getString("prefecture_answer"), rs.getString("answered_by"), rs.getString("reply"),
                rs.getString("replied_by"), repliedAt == null ? null : repliedAt.toInstant(), mail);
    }
}

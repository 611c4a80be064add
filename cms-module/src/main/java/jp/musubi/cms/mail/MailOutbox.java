package jp.musubi.cms.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jp.musubi.cms.mail.notification.MailAttachment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The write side of the transactional outbox: business code calls {@link #enqueue} inside its own
 * transaction, so the mail exists if and only if the business change commits. Delivery happens
 * later, in the sender, never here.
 */
public class MailOutbox {

    private final JdbcClient jdbc;
    private final MailOutboxProperties properties;
    private final Clock clock;

    public MailOutbox(JdbcClient jdbc, MailOutboxProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Writes the mail into the outbox, due now. Joins the caller's transaction (a rollback leaves no
     * mail); runs in its own one only when called outside any.
     *
     * @return the outbox row's id
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public long enqueue(OutgoingMail mail) {
        Instant now = clock.instant();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO mail_outbox (message_id, kind, recipient, subject, text_body, html_body, headers,
                                                 correlation, status, attempts, next_attempt_at, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)
                        """)
                .params(newMessageId(), mail.kind(), mail.recipient(), mail.subject(), mail.textBody(), mail.htmlBody(),
                        OutboxRows.headersJson(mail.headers()), mail.correlation(), OutboxRows.timestamp(now),
                        OutboxRows.timestamp(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * As {@link #enqueue(OutgoingMail)}, with files that go out with the mail (in the given order), in the
     * same transaction.
     *
     * @return the outbox row's id
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public long enqueue(OutgoingMail mail, List<MailAttachment> attachments) {
        long id = enqueue(mail);
        int position = 0;
        for (MailAttachment attachment : attachments) {
            jdbc.sql("INSERT INTO mail_outbox_attachment (outbox_id, position, filename, content_type, content) VALUES (?, ?, ?, ?, ?)")
                    .params(id, position++, attachment.filename(), attachment.contentType(), attachment.content())
                    .update();
        }
        return id;
    }

    /** Unique per row and fixed at enqueue: a copy sent again after a crash has the same Message-ID. */
    private String newMessageId() {
        return "<" + UUID.randomUUID() + "@" + properties.fromDomain() + ">";
    }
}

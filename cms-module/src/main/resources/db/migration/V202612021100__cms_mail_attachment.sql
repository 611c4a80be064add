-- Files that go with an outbox mail (e.g. the iCalendar invitation of a meeting). Most mails have none;
-- the sender attaches them in position order, after the body.
CREATE TABLE mail_outbox_attachment (
    outbox_id    BIGINT       NOT NULL,
    position     INTEGER      NOT NULL,
    filename     VARCHAR(255) NOT NULL,
    -- The full MIME type with its parameters, e.g. text/calendar; charset=UTF-8; method=REQUEST
    content_type VARCHAR(200) NOT NULL,
    content      BYTEA        NOT NULL,
    CONSTRAINT pk_mail_outbox_attachment PRIMARY KEY (outbox_id, position),
    CONSTRAINT fk_mail_outbox_attachment FOREIGN KEY (outbox_id) REFERENCES mail_outbox (id) ON DELETE CASCADE
);

-- The text of a meeting's minutes (打合せ記録) as the secretariat wrote it, and the prefecture's review.
-- One row per minutes process; its attachments are the meeting's materials.
CREATE TABLE minutes_record (
    process_instance_id VARCHAR(64)              NOT NULL PRIMARY KEY,
    meeting_id          BIGINT,
    title               VARCHAR(300)             NOT NULL,
    minutes_text        VARCHAR(20000),
    submitted_by        VARCHAR(64),
    submitted_at        TIMESTAMP WITH TIME ZONE,
    review_comment      VARCHAR(2000),
    approved_by         VARCHAR(64),
    approved_at         TIMESTAMP WITH TIME ZONE
);

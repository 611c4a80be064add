-- 成果品: the file delivered for each configured deliverable of a programme year (the deliverables
-- themselves, with their due dates, are configuration: musubi.program.deliverables). The file is a
-- cms asset (checked by content on upload); a new upload replaces the previous one.
CREATE TABLE program_deliverable (
    program_year   INTEGER                  NOT NULL,
    deliverable_id VARCHAR(80)              NOT NULL,
    asset_id       VARCHAR(36),
    file_name      VARCHAR(255),
    delivered_by   VARCHAR(64),
    delivered_at   TIMESTAMP WITH TIME ZONE,
    -- When the reminder N business days before the due date went out (once per deliverable).
    reminded_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (program_year, deliverable_id)
);

-- One row per process instance that has had a task: what the inbox shows as "the case" of its tasks
-- (title and a short line under it), so that the task list can filter and search case titles in
-- one SQL query next to Flowable's task table instead of reading process variables task by task.
CREATE TABLE inbox_case (
    process_instance_id VARCHAR(64)              NOT NULL PRIMARY KEY,
    process_key         VARCHAR(255)             NOT NULL,
    title               VARCHAR(300)             NOT NULL,
    subtitle            VARCHAR(300),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_inbox_case_process_key ON inbox_case (process_key);

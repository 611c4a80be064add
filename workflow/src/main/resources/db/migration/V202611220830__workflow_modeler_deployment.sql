-- BPMN modeler: who deployed which version. Flowable's ACT_RE_DEPLOYMENT has no user column, so each
-- deployment made from /modeler is recorded here; versions without a row came from the start-up
-- auto-deployment of the bpmn module.
CREATE TABLE modeler_deployment (
    -- ACT_RE_DEPLOYMENT.ID_
    deployment_id  VARCHAR(64)              NOT NULL PRIMARY KEY,
    process_key    VARCHAR(255)             NOT NULL,
    deployed_by    VARCHAR(64)              NOT NULL,
    deployed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX modeler_deployment_process ON modeler_deployment (process_key);

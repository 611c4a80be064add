-- The content store: items, their revisions (every save is one), and the publication change log.
-- Authors and publishers are recorded by account name only (cms-module never reads account tables).

CREATE TABLE cms_item (
    id                  UUID                     NOT NULL PRIMARY KEY,
    workspace           VARCHAR(80)              NOT NULL,
    name                VARCHAR(80)              NOT NULL,
    type                VARCHAR(80)              NOT NULL,
    path                VARCHAR(100)             NOT NULL,
    -- Title of the current revision, copied here for list filtering without parsing JSON.
    title               VARCHAR(1000)            NOT NULL,
    -- Optimistic lock: incremented by every content save; a save naming an older one is refused.
    lock_version        BIGINT                   NOT NULL,
    current_revision    INTEGER                  NOT NULL,
    published_revision  INTEGER,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(64)              NOT NULL,
    last_modified_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_modified_by    VARCHAR(64)              NOT NULL,
    last_activated_at   TIMESTAMP WITH TIME ZONE,
    last_activated_by   VARCHAR(64),
    scheduled_at        TIMESTAMP WITH TIME ZONE,
    scheduled_revision  INTEGER,
    scheduled_by        VARCHAR(64),
    approval_pending    BOOLEAN                  NOT NULL,
    CONSTRAINT uk_cms_item_name UNIQUE (workspace, name)
);

CREATE INDEX ix_cms_item_scheduled ON cms_item (scheduled_at);

CREATE TABLE cms_revision (
    item_id     UUID                     NOT NULL REFERENCES cms_item (id) ON DELETE CASCADE,
    revision    INTEGER                  NOT NULL,
    -- The canonical property values (ContentValidator) as JSON.
    properties  VARCHAR                  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(64)              NOT NULL,
    comment     VARCHAR(1000),
    PRIMARY KEY (item_id, revision)
);

-- Which items a revision references, so an item still referenced cannot be deleted.
CREATE TABLE cms_revision_reference (
    item_id          UUID         NOT NULL,
    revision         INTEGER      NOT NULL,
    property         VARCHAR(200) NOT NULL,
    target_workspace VARCHAR(80)  NOT NULL,
    target_name      VARCHAR(80)  NOT NULL,
    CONSTRAINT fk_cms_revision_reference FOREIGN KEY (item_id, revision)
        REFERENCES cms_revision (item_id, revision) ON DELETE CASCADE
);

CREATE INDEX ix_cms_revision_reference_target ON cms_revision_reference (target_workspace, target_name);

-- Publication changes, followed by every node (ascending seq) to keep search and caches current.
-- seq is taken from cms_content_change_counter under its row lock, so numbers are gap-free and
-- commit in ascending order: a follower never skips a row that commits late.
CREATE TABLE cms_content_change (
    seq        BIGINT                   NOT NULL PRIMARY KEY,
    item_id    UUID                     NOT NULL,
    workspace  VARCHAR(80)              NOT NULL,
    name       VARCHAR(80)              NOT NULL,
    kind       VARCHAR(20)              NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE cms_content_change_counter (
    id       INTEGER NOT NULL PRIMARY KEY,
    last_seq BIGINT  NOT NULL
);

INSERT INTO cms_content_change_counter (id, last_seq) VALUES (1, 0);

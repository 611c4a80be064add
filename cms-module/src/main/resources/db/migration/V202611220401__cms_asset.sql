-- Uploaded files (images, PDF). The bytes live in musubi.cms.assets.directory under the id.
CREATE TABLE cms_asset (
    id          UUID                     NOT NULL PRIMARY KEY,
    filename    VARCHAR(255)             NOT NULL,
    media_type  VARCHAR(100)             NOT NULL,
    size_bytes  BIGINT                   NOT NULL,
    sha256      VARCHAR(64)              NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by VARCHAR(64)              NOT NULL
);

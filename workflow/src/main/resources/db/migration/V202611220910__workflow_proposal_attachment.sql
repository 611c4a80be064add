-- Files a proposer attached to a proposal (at most 3; the bytes are CMS assets, never shown on public pages).
CREATE TABLE proposal_attachment (
    proposal_id BIGINT       NOT NULL,
    asset_id    UUID         NOT NULL,
    filename    VARCHAR(255) NOT NULL,
    position    INTEGER      NOT NULL,
    CONSTRAINT pk_proposal_attachment PRIMARY KEY (proposal_id, position),
    CONSTRAINT fk_proposal_attachment_proposal FOREIGN KEY (proposal_id) REFERENCES proposal (id),
    CONSTRAINT fk_proposal_attachment_asset FOREIGN KEY (asset_id) REFERENCES cms_asset (id)
);

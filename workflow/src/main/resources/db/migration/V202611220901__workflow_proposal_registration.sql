-- A non-member's proposal waits for the membership application sent with it (会員登録しながら提案).
ALTER TABLE proposal ADD COLUMN membership_application_id BIGINT;
ALTER TABLE proposal ADD CONSTRAINT fk_proposal_membership_application
    FOREIGN KEY (membership_application_id) REFERENCES membership_application (id);
CREATE INDEX ix_proposal_membership_application ON proposal (membership_application_id);

-- One-time links with which a user who forgot the password sets a new one (パスワードの再設定).
-- Only the SHA-256 of the token is stored: the link in the mail is the only copy of the token.
CREATE TABLE account_password_reset (
    token_hash VARCHAR(64)              NOT NULL PRIMARY KEY,
    account_id BIGINT                   NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_account_password_reset_account ON account_password_reset (account_id);

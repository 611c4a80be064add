-- A restricted asset is never served at /dam: only the feature that stored it serves it, to the people
-- allowed to see it (attachments of municipal issues, proposals and meetings).
ALTER TABLE cms_asset ADD COLUMN restricted BOOLEAN DEFAULT FALSE NOT NULL;

-- The newsletter opt-in is asked on the application form (unchecked by default) and recorded with
-- when and through which channel the member gave or changed it (issue 21, item 16).
ALTER TABLE membership_application ADD COLUMN newsletter_opt_in BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE organization ADD COLUMN newsletter_consent_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE organization ADD COLUMN newsletter_consent_channel VARCHAR(40);
-- The readable public name of the member's page, chosen by the secretariat at screening (item 8).
ALTER TABLE membership_application ADD COLUMN public_name VARCHAR(40);

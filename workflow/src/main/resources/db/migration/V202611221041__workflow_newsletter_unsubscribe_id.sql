-- The id an organization's newsletter unsubscribe link names: random, never shown on a public page or
-- in the delivery API (unlike org_key), so a link cannot be made for a member without its mail.
-- Assigned when the organization is first a newsletter recipient (no portable random default in SQL).
ALTER TABLE organization ADD COLUMN newsletter_unsubscribe_id VARCHAR(64);
ALTER TABLE organization ADD CONSTRAINT uk_organization_newsletter_unsubscribe_id UNIQUE (newsletter_unsubscribe_id);

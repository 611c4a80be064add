-- When a member stopped the newsletter through the unsubscribe link (organization.newsletter_opt_in
-- is then false); kept as evidence of the member's own request.
ALTER TABLE organization ADD COLUMN newsletter_opted_out_at TIMESTAMP WITH TIME ZONE;

-- A send started by a publication approval (the article's 「会員向けメールでも配信」) records who flagged
-- it and who approved it, so the history does not show it as started by the approver alone (issue 21, item 3).
ALTER TABLE newsletter_send ADD COLUMN requested_by VARCHAR(100);
ALTER TABLE newsletter_send ADD COLUMN approved_by VARCHAR(100);

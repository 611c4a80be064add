-- The site search's terms with what they found (issue 15, Kumamoto 4(2)②イg): per day and term the
-- most hits one search found, and how many searches found nothing (the terms the site lacks content for).
ALTER TABLE site_search_day ADD COLUMN results BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE site_search_day ADD COLUMN empty_searches BIGINT DEFAULT 0 NOT NULL;

-- Delivered programme files (reports, schedules) were public at /dam like site images: restrict them;
-- staff download them through /admin/program/deliverables only. asset_id is text here, hence the cast.
UPDATE cms_asset SET restricted = TRUE
WHERE CAST(id AS VARCHAR(36)) IN (SELECT asset_id FROM program_deliverable WHERE asset_id IS NOT NULL);

-- Files already attached to municipal issues, proposals and meetings were public at /dam: restrict them.
UPDATE cms_asset SET restricted = TRUE
WHERE id IN (SELECT asset_id FROM municipal_issue_attachment)
   OR id IN (SELECT asset_id FROM proposal_attachment)
   OR id IN (SELECT asset_id FROM meeting_material);

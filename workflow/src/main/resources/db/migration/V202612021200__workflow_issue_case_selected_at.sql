-- When 取組課題選定 selected the issue: the programme's target "3 issues selected by the end of Q2,
-- then 1–2 a quarter" counts selections by this date. Null for issues not (yet) selected.
ALTER TABLE issue_case ADD COLUMN selected_at TIMESTAMP WITH TIME ZONE;

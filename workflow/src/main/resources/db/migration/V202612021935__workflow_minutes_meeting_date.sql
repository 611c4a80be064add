-- The meeting's day on its minutes (issue 15, deliverables calendar): the minutes are due 10 business days after it,
-- and the programme's deliverables page lists every meeting's minutes with that due date and their state.
ALTER TABLE minutes_record ADD COLUMN meeting_date DATE;

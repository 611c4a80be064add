-- 参加意向 answers are 参加する / 参加しない / 検討中 (ParticipationAnswer); participates stays the
-- JOIN flag the tally counts. Rows of older versions have no answer and read as JOIN or DECLINE.
ALTER TABLE participation_intent ADD COLUMN answer VARCHAR(20);

-- Ended ties carry when they ended and why, where a source says so (a claim like the others).
ALTER TABLE partnerships ADD COLUMN ended_on date;
ALTER TABLE partnerships ADD COLUMN ended_precision text CHECK (ended_precision IN ('year', 'month', 'day'));
ALTER TABLE partnerships ADD COLUMN end_reason text;
ALTER TABLE partnerships ADD CONSTRAINT partnerships_ended_check CHECK ((ended_on IS NULL) = (ended_precision IS NULL));

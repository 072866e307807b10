-- A tie can be suspended (暂停) by a decision, besides dormant (休眠): paused on purpose, not just quiet.
ALTER TABLE partnerships DROP CONSTRAINT partnerships_status_check;
ALTER TABLE partnerships ADD CONSTRAINT partnerships_status_check
  CHECK (status IN ('listed', 'proposed', 'active', 'dormant', 'suspended', 'ended'));

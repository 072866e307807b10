-- A tie is "active" only where a source says so. Ties no source gives a status for were stored as
-- active by default; they are "listed": present in a current list, state unknown.
ALTER TABLE partnerships DROP CONSTRAINT partnerships_status_check;
ALTER TABLE partnerships ADD CONSTRAINT partnerships_status_check
  CHECK (status IN ('listed', 'proposed', 'active', 'dormant', 'ended'));
ALTER TABLE partnerships ALTER COLUMN status SET DEFAULT 'listed';

-- One summary row in the change log instead of one per tie.
SET LOCAL amity.log = 'summary';
WITH corrected AS (
  UPDATE partnerships p SET status = 'listed'
  WHERE p.status = 'active'
    AND NOT EXISTS (
      SELECT 1 FROM claims c
      WHERE c.record_type = 'partnership' AND c.record_id = p.id AND c.field = 'status'
    )
  RETURNING p.id
)
INSERT INTO change_log (actor, action, table_name, after)
SELECT coalesce(nullif(current_setting('amity.actor', true), ''), 'migration'), 'bulk', 'partnerships',
  jsonb_build_object('status', 'listed', 'ties', count(*),
    'reason', 'no source says these ties are active; they are listed in a current list, state unknown')
FROM corrected HAVING count(*) > 0;

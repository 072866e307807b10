-- Administrative changes: a place merged into another (闸北区 into 静安区, 2015), renamed (襄樊 to
-- 襄阳, 2010) or split into several. A tie stays with the place that signed it, as its sources say; a
-- place merged or renamed passes its ties on to its heir, which lists and counts them, and the heir's
-- office keeps their records. A split passes nothing on by itself: which part continues a tie is a
-- decision for a curator.
CREATE TABLE place_successions (
  id                   text PRIMARY KEY,
  predecessor_id       text NOT NULL REFERENCES places (id),
  successor_id         text NOT NULL REFERENCES places (id),
  kind                 text NOT NULL CHECK (kind IN ('merged', 'renamed', 'split')),
  effective_on         date NOT NULL,
  effective_precision  text NOT NULL CHECK (effective_precision IN ('year', 'month', 'day')),
  source_id            text NOT NULL REFERENCES sources (id),
  locator              text NOT NULL DEFAULT '',
  note                 text,
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CHECK (predecessor_id <> successor_id),
  UNIQUE (predecessor_id, successor_id)
);
CREATE INDEX place_successions_successor ON place_successions (successor_id);
-- A place merged or renamed has one heir.
CREATE UNIQUE INDEX place_successions_one_heir ON place_successions (predecessor_id) WHERE kind <> 'split';

CREATE TRIGGER place_successions_log_insert AFTER INSERT ON place_successions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION log_changes('id', 'unique');
CREATE TRIGGER place_successions_log_update AFTER UPDATE ON place_successions REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION log_changes('id', 'unique');
CREATE TRIGGER place_successions_log_delete AFTER DELETE ON place_successions REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION log_changes('id', 'unique');

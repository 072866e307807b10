-- What a place seeks from partners and what it offers them, by field: one of the five connectivities
-- (policy, facilities, trade, finance, people) or a sector (environmental technology, health, …).
-- Partner matching pairs one place's needs with another's offers.
CREATE TABLE place_needs_offers (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  place_id    text NOT NULL REFERENCES places (id) ON DELETE CASCADE,
  direction   text NOT NULL CHECK (direction IN ('need', 'offer')),
  field       text NOT NULL CHECK (field ~ '^[a-z][a-z0-9_]*$'),
  note        text NOT NULL DEFAULT '',
  source_id   text REFERENCES sources (id),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (place_id, direction, field)
);
CREATE INDEX place_needs_offers_field ON place_needs_offers (field, direction);

CREATE TRIGGER place_needs_offers_log_insert AFTER INSERT ON place_needs_offers REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION log_changes('place_id', 'link');
CREATE TRIGGER place_needs_offers_log_update AFTER UPDATE ON place_needs_offers REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION log_changes('place_id', 'link');
CREATE TRIGGER place_needs_offers_log_delete AFTER DELETE ON place_needs_offers REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION log_changes('place_id', 'link');

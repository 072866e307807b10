-- Whether a place is coastal or a port, as a source states it; wins over the distance to the coastline.
CREATE TABLE coastal_overrides (
  place_id    text PRIMARY KEY REFERENCES places (id) ON DELETE CASCADE,
  coastal     boolean NOT NULL,
  source_id   text NOT NULL REFERENCES sources (id),
  locator     text NOT NULL DEFAULT '',
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TRIGGER coastal_overrides_log_insert AFTER INSERT ON coastal_overrides REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION log_changes('place_id', 'unique');
CREATE TRIGGER coastal_overrides_log_update AFTER UPDATE ON coastal_overrides REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION log_changes('place_id', 'unique');
CREATE TRIGGER coastal_overrides_log_delete AFTER DELETE ON coastal_overrides REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION log_changes('place_id', 'unique');

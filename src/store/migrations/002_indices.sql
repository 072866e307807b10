-- Composite indices: saved definitions (framework, build steps, data) and their computed results.

CREATE TABLE index_definitions (
  id           text PRIMARY KEY CHECK (id ~ '^[a-z0-9][a-z0-9_.:-]*$'),
  name_en      text NOT NULL,
  name_zh      text,
  -- the preset the definition started from, if any (e.g. 'asem'); the framework below is what is used
  preset       text,
  -- the framework as iMeta-like JSON: { nodes: [{ code, name, level, parent, direction, weight, ... }], groups, ... }
  framework    jsonb NOT NULL,
  -- the build steps with their settings, in the order they run
  steps        jsonb NOT NULL,
  -- the unit rows (iData-like: uCode, uName, one key per column)
  data         jsonb NOT NULL,
  -- how units are graded into tiers, e.g. { "method": "quantiles", "groups": 4 }
  tiers        jsonb,
  source_note  text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  updated_at   timestamptz NOT NULL DEFAULT now()
);

-- One row per unit and indicator or aggregate; replaced as a whole each time the index is computed.
CREATE TABLE index_results (
  index_id     text NOT NULL REFERENCES index_definitions (id) ON DELETE CASCADE,
  unit         text NOT NULL,
  unit_name    text,
  code         text NOT NULL,
  level        integer NOT NULL,
  score        double precision,
  rank         integer,
  computed_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (index_id, code, unit)
);
CREATE INDEX index_results_level ON index_results (index_id, level, rank);

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
      ('index_definitions', 'id', 'unique'), ('index_results', 'index_id', 'link')
    ) AS v (name, key, kind)
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION log_changes(%L, %L)', t.name || '_log_insert', t.name, t.key, t.kind);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION log_changes(%L, %L)', t.name || '_log_update', t.name, t.key, t.kind);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION log_changes(%L, %L)', t.name || '_log_delete', t.name, t.key, t.kind);
  END LOOP;
END $$;

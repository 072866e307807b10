-- The registry: one schema for PGlite and PostgreSQL servers.
-- Public identifiers are text (`gn:1796236`, `pt:…`) so links and exports stay valid across re-imports.

CREATE TABLE sources (
  id          text PRIMARY KEY,
  title       text NOT NULL,
  title_zh    text,
  kind        text NOT NULL CHECK (kind IN ('document', 'dataset', 'web', 'user', 'reference')),
  publisher   text,
  url         text,
  licence     text,
  retrieved   date,
  note        text,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE countries (
  code          text PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
  iso3          text NOT NULL,
  name_en       text NOT NULL,
  name_zh       text NOT NULL,
  aliases       text[] NOT NULL DEFAULT '{}',
  continent     text NOT NULL,
  subregion     text NOT NULL,
  capital       text,
  belt_and_road boolean NOT NULL DEFAULT false
);

CREATE TABLE places (
  id             text PRIMARY KEY,
  kind           text NOT NULL CHECK (kind IN ('city', 'province', 'district', 'region')),
  name_en        text NOT NULL,
  name_zh        text,
  aliases        text[] NOT NULL DEFAULT '{}',
  country_code   text NOT NULL REFERENCES countries (code),
  parent_id      text REFERENCES places (id),
  lat            double precision CHECK (lat BETWEEN -90 AND 90),
  lng            double precision CHECK (lng BETWEEN -180 AND 180),
  population     integer CHECK (population >= 0),
  is_capital     boolean NOT NULL DEFAULT false,
  is_admin_seat  boolean NOT NULL DEFAULT false,
  geonames_id    integer,
  division_code  text,
  -- 'source': a place a bundled list established by its own coordinates (a village the gazetteer lacks)
  origin         text NOT NULL DEFAULT 'gazetteer' CHECK (origin IN ('gazetteer', 'user', 'source')),
  -- normalised name forms (Chinese, English, pinyin, ASCII-folded) computed by the ingest layer
  search_keys    text[] NOT NULL DEFAULT '{}',
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX places_country ON places (country_code);
CREATE INDEX places_parent ON places (parent_id);

-- One row per search key, kept in step with places.search_keys, for prefix search on an index.
CREATE TABLE place_keys (
  key       text NOT NULL,
  place_id  text NOT NULL REFERENCES places (id) ON DELETE CASCADE,
  PRIMARY KEY (key, place_id)
);
CREATE INDEX place_keys_prefix ON place_keys (key text_pattern_ops);

CREATE FUNCTION sync_place_keys() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM place_keys k USING new_rows n WHERE k.place_id = n.id;
  END IF;
  INSERT INTO place_keys (key, place_id)
    SELECT DISTINCT key, n.id FROM new_rows n, unnest(n.search_keys) AS key ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER places_keys_insert AFTER INSERT ON places REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sync_place_keys();
CREATE TRIGGER places_keys_update AFTER UPDATE ON places REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION sync_place_keys();

-- Names users teach the resolver (`Metro Manila` → NCR); unresolved names never become guesses.
CREATE TABLE place_aliases (
  alias       text NOT NULL,
  place_id    text NOT NULL REFERENCES places (id) ON DELETE CASCADE,
  source_id   text REFERENCES sources (id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (alias, place_id)
);

CREATE TABLE corridors (
  id         text PRIMARY KEY,
  name_en    text NOT NULL,
  name_zh    text NOT NULL,
  functions  text[] NOT NULL DEFAULT '{}',
  note       text
);
CREATE TABLE corridor_countries (
  corridor_id   text NOT NULL REFERENCES corridors (id) ON DELETE CASCADE,
  country_code  text NOT NULL REFERENCES countries (code),
  PRIMARY KEY (corridor_id, country_code)
);
CREATE TABLE corridor_nodes (
  corridor_id  text NOT NULL REFERENCES corridors (id) ON DELETE CASCADE,
  place_id     text NOT NULL REFERENCES places (id),
  PRIMARY KEY (corridor_id, place_id)
);

-- A partnership links two places; place_a sorts before place_b so a pair is stored once.
CREATE TABLE partnerships (
  id               text PRIMARY KEY,
  place_a          text NOT NULL REFERENCES places (id),
  place_b          text NOT NULL REFERENCES places (id),
  type             text NOT NULL DEFAULT 'unknown' CHECK (type IN ('sister_city', 'friendly_exchange', 'other', 'unknown')),
  level            text CHECK (level IN ('province', 'city', 'district')),
  signed_on        date,
  signed_precision text CHECK (signed_precision IN ('year', 'month', 'day')),
  status           text NOT NULL DEFAULT 'active' CHECK (status IN ('proposed', 'active', 'dormant', 'ended')),
  note             text,
  -- why each shown field has its value: which claim was chosen over which, or how it was derived
  provenance       jsonb NOT NULL DEFAULT '{}',
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (place_a < place_b),
  CHECK ((signed_on IS NULL) = (signed_precision IS NULL)),
  UNIQUE (place_a, place_b)
);
CREATE INDEX partnerships_b ON partnerships (place_b);
CREATE INDEX partnerships_signed ON partnerships (signed_on);

CREATE TABLE organisations (
  id          text PRIMARY KEY,
  abbr        text,
  name_en     text NOT NULL,
  name_zh     text,
  kind        text NOT NULL CHECK (kind IN ('city_network', 'forum', 'institution', 'fund_or_bank', 'other')),
  topic       text,
  founded     text,
  place_id    text REFERENCES places (id),
  members_note text,
  note        text,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
  id               text PRIMARY KEY,
  organisation_id  text NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  place_id         text NOT NULL REFERENCES places (id),
  role             text NOT NULL DEFAULT 'member',
  since            date,
  until            date,
  note             text,
  UNIQUE (organisation_id, place_id, role)
);

CREATE TABLE events (
  id               text PRIMARY KEY,
  kind             text NOT NULL CHECK (kind IN ('forum', 'expo', 'visit', 'signing', 'opening', 'summit', 'exchange', 'other')),
  name_en          text NOT NULL,
  name_zh          text,
  starts_on        date,
  starts_precision text CHECK (starts_precision IN ('year', 'month', 'day')),
  ends_on          date,
  place_id         text REFERENCES places (id),
  place_text       text,
  organisation_id  text REFERENCES organisations (id),
  figures          jsonb NOT NULL DEFAULT '{}',
  note             text,
  updated_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX events_starts ON events (starts_on);

CREATE TABLE event_participants (
  event_id  text NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  place_id  text NOT NULL REFERENCES places (id),
  role      text NOT NULL DEFAULT 'participant',
  PRIMARY KEY (event_id, place_id)
);

CREATE TABLE projects (
  id                  text PRIMARY KEY,
  name_en             text NOT NULL,
  name_zh             text,
  domain              text NOT NULL CHECK (domain IN ('policy', 'facilities', 'trade', 'finance', 'people', 'capacity_building')),
  sector              text,
  corridor_id         text REFERENCES corridors (id),
  status              text NOT NULL DEFAULT 'unknown' CHECK (status IN ('proposed', 'planned', 'under_construction', 'operating', 'completed', 'suspended', 'cancelled', 'unknown')),
  started_on          date,
  started_precision   text CHECK (started_precision IN ('year', 'month', 'day')),
  completed_on        date,
  completed_precision text CHECK (completed_precision IN ('year', 'month', 'day')),
  amount              double precision,
  currency            text CHECK (currency ~ '^[A-Z]{3}$'),
  partnership_id      text REFERENCES partnerships (id),
  place_text          text,
  sdg_targets         text[] NOT NULL DEFAULT '{}',
  note                text,
  updated_at          timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE project_places (
  project_id  text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  place_id    text NOT NULL REFERENCES places (id),
  PRIMARY KEY (project_id, place_id)
);
CREATE TABLE project_participants (
  project_id  text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  name        text NOT NULL,
  role        text NOT NULL DEFAULT 'participant',
  PRIMARY KEY (project_id, name, role)
);
CREATE TABLE project_milestones (
  project_id  text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  seq         integer NOT NULL,
  happened_on date,
  precision   text CHECK (precision IN ('year', 'month', 'day')),
  description text NOT NULL,
  PRIMARY KEY (project_id, seq)
);
-- Outcomes as typed figures: a number with its unit, or a text where the source gives no number.
CREATE TABLE project_outcomes (
  project_id  text NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  measure     text NOT NULL,
  value       double precision,
  unit        text,
  text_value  text,
  PRIMARY KEY (project_id, measure),
  CHECK (value IS NOT NULL OR text_value IS NOT NULL)
);

-- A stated figure, kept as stated: conflicting observations stand side by side.
CREATE TABLE observations (
  id            text PRIMARY KEY,
  subject_text  text NOT NULL,
  place_id      text REFERENCES places (id),
  country_code  text REFERENCES countries (code),
  measure       text NOT NULL,
  value         double precision NOT NULL,
  unit          text,
  as_of         date,
  as_of_precision text CHECK (as_of_precision IN ('year', 'month', 'day')),
  details       jsonb NOT NULL DEFAULT '{}',
  note          text,
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX observations_place ON observations (place_id);

-- Every record names its sources; locator says where in the source (page, table, row).
CREATE TABLE record_sources (
  record_type  text NOT NULL,
  record_id    text NOT NULL,
  source_id    text NOT NULL REFERENCES sources (id),
  locator      text NOT NULL DEFAULT '',
  PRIMARY KEY (record_type, record_id, source_id, locator)
);
CREATE INDEX record_sources_source ON record_sources (source_id);

-- Field-level claims: where sources disagree, every claim is kept and one is chosen, with the reason.
CREATE TABLE claims (
  record_type  text NOT NULL,
  record_id    text NOT NULL,
  field        text NOT NULL,
  source_id    text NOT NULL REFERENCES sources (id),
  value        jsonb NOT NULL,
  chosen       boolean NOT NULL DEFAULT false,
  reason       text,
  PRIMARY KEY (record_type, record_id, field, source_id)
);

-- Facts about the database itself, such as which gazetteer build it holds.
CREATE TABLE meta (
  key    text PRIMARY KEY,
  value  jsonb NOT NULL
);

CREATE TABLE imports (
  id           text PRIMARY KEY,
  kind         text NOT NULL,
  file_name    text NOT NULL,
  sha256       text NOT NULL,
  actor        text NOT NULL,
  finished_at  timestamptz NOT NULL DEFAULT now(),
  report       jsonb NOT NULL
);

CREATE TABLE change_log (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  actor       text NOT NULL,
  action      text NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'bulk')),
  table_name  text NOT NULL,
  record_id   text,
  before      jsonb,
  after       jsonb
);
CREATE INDEX change_log_record ON change_log (table_name, record_id);

-- Every write is logged by the database itself, whatever code path made it.
-- The actor comes from the transaction setting amity.actor; a bulk reference-data load may set
-- amity.log = 'summary' and write one summary row itself instead of one row per record.
CREATE FUNCTION log_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  who text := coalesce(nullif(current_setting('amity.actor', true), ''), 'system');
  key text := TG_ARGV[0];
BEGIN
  IF current_setting('amity.log', true) = 'summary' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO change_log (actor, action, table_name, record_id, after)
      SELECT who, 'insert', TG_TABLE_NAME, to_jsonb(n) ->> key, to_jsonb(n) FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO change_log (actor, action, table_name, record_id, before)
      SELECT who, 'delete', TG_TABLE_NAME, to_jsonb(o) ->> key, to_jsonb(o) FROM old_rows o;
  ELSIF TG_ARGV[1] = 'unique' THEN
    INSERT INTO change_log (actor, action, table_name, record_id, before, after)
      SELECT who, 'update', TG_TABLE_NAME, to_jsonb(n) ->> key, to_jsonb(o), to_jsonb(n)
      FROM new_rows n JOIN old_rows o ON (to_jsonb(o) ->> key) = (to_jsonb(n) ->> key)
      WHERE to_jsonb(o) - 'updated_at' IS DISTINCT FROM to_jsonb(n) - 'updated_at';
  ELSE
    -- link tables have no single-column key: an update is logged as the rows before and after
    INSERT INTO change_log (actor, action, table_name, record_id, before)
      SELECT who, 'update', TG_TABLE_NAME, to_jsonb(o) ->> key, to_jsonb(o) FROM old_rows o;
    INSERT INTO change_log (actor, action, table_name, record_id, after)
      SELECT who, 'update', TG_TABLE_NAME, to_jsonb(n) ->> key, to_jsonb(n) FROM new_rows n;
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
      ('sources', 'id', 'unique'), ('countries', 'code', 'unique'), ('places', 'id', 'unique'),
      ('corridors', 'id', 'unique'), ('partnerships', 'id', 'unique'), ('organisations', 'id', 'unique'),
      ('memberships', 'id', 'unique'), ('events', 'id', 'unique'), ('projects', 'id', 'unique'),
      ('observations', 'id', 'unique'),
      ('place_aliases', 'place_id', 'link'), ('corridor_countries', 'corridor_id', 'link'),
      ('corridor_nodes', 'corridor_id', 'link'), ('event_participants', 'event_id', 'link'),
      ('project_places', 'project_id', 'link'), ('project_participants', 'project_id', 'link'),
      ('project_milestones', 'project_id', 'link'), ('project_outcomes', 'project_id', 'link'),
      ('record_sources', 'record_id', 'link'), ('claims', 'record_id', 'link')
    ) AS v (name, key, kind)
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION log_changes(%L, %L)', t.name || '_log_insert', t.name, t.key, t.kind);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION log_changes(%L, %L)', t.name || '_log_update', t.name, t.key, t.kind);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION log_changes(%L, %L)', t.name || '_log_delete', t.name, t.key, t.kind);
  END LOOP;
END $$;

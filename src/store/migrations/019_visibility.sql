-- Who may read a record an office keeps: everyone (public), the offices over its Chinese places and those
-- above them (jurisdiction), or nation-wide roles only (national). Imported and existing records are public.
ALTER TABLE partnerships ADD COLUMN visibility text NOT NULL DEFAULT 'public'
  CHECK (visibility IN ('public', 'jurisdiction', 'national'));
ALTER TABLE projects ADD COLUMN visibility text NOT NULL DEFAULT 'public'
  CHECK (visibility IN ('public', 'jurisdiction', 'national'));
ALTER TABLE events ADD COLUMN visibility text NOT NULL DEFAULT 'public'
  CHECK (visibility IN ('public', 'jurisdiction', 'national'));
-- Internal records are few: the public reads test a small partial index, not every row.
CREATE INDEX partnerships_internal ON partnerships (id) WHERE visibility <> 'public';
CREATE INDEX projects_internal ON projects (id) WHERE visibility <> 'public';
CREATE INDEX events_internal ON events (id) WHERE visibility <> 'public';

-- Accounts: the people who keep records, the organisations they act for, their roles over a
-- jurisdiction, their sessions and their personal API tokens. The change log names the user.

-- Organisations are also the actors of the work platform: offices, the national coordinator,
-- departments, universities, firms, think tanks and foreign partners.
ALTER TABLE organisations DROP CONSTRAINT organisations_kind_check;
ALTER TABLE organisations ADD CONSTRAINT organisations_kind_check CHECK (kind IN (
  'city_network', 'forum', 'institution', 'fund_or_bank', 'other',
  'foreign_affairs_office', 'coordinator', 'department', 'university', 'firm', 'think_tank',
  'foreign_partner'));

CREATE TABLE users (
  id               text PRIMARY KEY,
  login            text NOT NULL,
  name             text NOT NULL,
  organisation_id  text REFERENCES organisations (id),
  language         text NOT NULL DEFAULT 'zh' CHECK (language IN ('zh', 'en')),
  -- argon2id in PHC string form; never returned by any read
  password_hash    text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
  disabled_at      timestamptz,
  -- lockout after repeated failed logins
  failed_logins    integer NOT NULL DEFAULT 0,
  locked_until     timestamptz,
  last_login_at    timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_login ON users (lower(login));

-- A role over a jurisdiction: a place in the hierarchy, or the whole nation when null.
CREATE TABLE user_roles (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id          text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  role             text NOT NULL CHECK (role IN (
    'viewer', 'editor', 'reviewer', 'coordinator', 'department', 'administrator')),
  jurisdiction_id  text REFERENCES places (id),
  granted_by       text NOT NULL,
  granted_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX user_roles_unique ON user_roles (user_id, role, coalesce(jurisdiction_id, ''));

-- Server-side sessions behind the HttpOnly cookie; the cookie holds only the session id.
CREATE TABLE sessions (
  id          text PRIMARY KEY,
  user_id     text REFERENCES users (id) ON DELETE CASCADE,
  data        jsonb NOT NULL,
  expires_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- Personal API tokens: only a SHA-256 of the secret is kept; a token is scoped, expires and can be revoked.
CREATE TABLE api_tokens (
  id            text PRIMARY KEY,
  user_id       text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  name          text NOT NULL,
  secret_hash   text NOT NULL UNIQUE,
  scopes        text[] NOT NULL CHECK (scopes <@ ARRAY['read', 'write']::text[] AND cardinality(scopes) > 0),
  expires_at    timestamptz NOT NULL,
  revoked_at    timestamptz,
  last_used_at  timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- Who made a change: the user and the organisation they acted for (null for imports and the system).
ALTER TABLE change_log ADD COLUMN user_id text;
ALTER TABLE change_log ADD COLUMN organisation_id text;
CREATE INDEX change_log_user ON change_log (user_id, id);

CREATE OR REPLACE FUNCTION change_log_actor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.user_id := coalesce(NEW.user_id, nullif(current_setting('amity.user', true), ''));
  NEW.organisation_id := coalesce(NEW.organisation_id, nullif(current_setting('amity.organisation', true), ''));
  RETURN NEW;
END $$;
CREATE TRIGGER change_log_actor BEFORE INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION change_log_actor();

-- The log is append-only: the database itself refuses to change or remove what it recorded.
CREATE FUNCTION change_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the change log is append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER change_log_no_update BEFORE UPDATE OR DELETE ON change_log
  FOR EACH ROW EXECUTE FUNCTION change_log_append_only();
CREATE TRIGGER change_log_no_truncate BEFORE TRUNCATE ON change_log
  FOR EACH STATEMENT EXECUTE FUNCTION change_log_append_only();

-- Accounts are logged like records (password hashes and session data are not copied into the log).
CREATE FUNCTION log_account_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  who text := coalesce(nullif(current_setting('amity.actor', true), ''), 'system');
  key text := TG_ARGV[0];
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO change_log (actor, action, table_name, record_id, after)
      SELECT who, 'insert', TG_TABLE_NAME, to_jsonb(n) ->> key, to_jsonb(n) - 'password_hash' - 'secret_hash'
      FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO change_log (actor, action, table_name, record_id, before)
      SELECT who, 'delete', TG_TABLE_NAME, to_jsonb(o) ->> key, to_jsonb(o) - 'password_hash' - 'secret_hash'
      FROM old_rows o;
  ELSE
    -- a login only moves the counters; what the log keeps is a change of the account itself
    INSERT INTO change_log (actor, action, table_name, record_id, before, after)
      SELECT who, 'update', TG_TABLE_NAME, to_jsonb(n) ->> key,
             to_jsonb(o) - 'password_hash' - 'secret_hash', to_jsonb(n) - 'password_hash' - 'secret_hash'
      FROM new_rows n JOIN old_rows o ON (to_jsonb(o) ->> key) = (to_jsonb(n) ->> key)
      WHERE to_jsonb(o) - 'updated_at' - 'failed_logins' - 'locked_until' - 'last_login_at' - 'last_used_at'
            IS DISTINCT FROM
            to_jsonb(n) - 'updated_at' - 'failed_logins' - 'locked_until' - 'last_login_at' - 'last_used_at';
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES ('users', 'id'), ('user_roles', 'user_id'), ('api_tokens', 'id')) AS v(name, key)
  LOOP
    EXECUTE format('CREATE TRIGGER %1$s_log_insert AFTER INSERT ON %1$s REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION log_account_changes(%2$L)', t.name, t.key);
    EXECUTE format('CREATE TRIGGER %1$s_log_update AFTER UPDATE ON %1$s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION log_account_changes(%2$L)', t.name, t.key);
    EXECUTE format('CREATE TRIGGER %1$s_log_delete AFTER DELETE ON %1$s REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION log_account_changes(%2$L)', t.name, t.key);
  END LOOP;
END $$;

-- The key that signs session cookies, made once with the schema so that a server start writes nothing
-- (366 random bits from three version-4 UUIDs).
INSERT INTO meta (key, value)
VALUES ('session_secret', to_jsonb(replace(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, '-', '')))
ON CONFLICT (key) DO NOTHING;

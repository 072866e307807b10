-- When a session began: a session ends twelve hours after sign-in however busy it is, so a stolen or
-- forgotten cookie cannot be kept alive by use.
ALTER TABLE sessions ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();

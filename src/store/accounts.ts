/**
 * Users, roles, sessions and personal API tokens in the database. Password and token hashing happen in
 * the services layer; this module only stores and reads what it is given.
 */
import type { Actor, Database, Queryable } from './database.ts';
import type { Grant } from '../domain/permissions.ts';
import type { ApiToken, User } from '../domain/accounts.ts';

const USER_COLUMNS = `u.id, u.login, u.name, u.organisation_id AS "organisationId",
  o.name_en AS "organisationNameEn", o.name_zh AS "organisationNameZh", u.language,
  u.disabled_at IS NOT NULL AS disabled, u.locked_until AS "lockedUntil",
  u.last_login_at AS "lastLoginAt", u.created_at AS "createdAt",
  coalesce((SELECT jsonb_agg(jsonb_build_object('role', r.role, 'jurisdictionId', r.jurisdiction_id,
      'jurisdictionNameEn', p.name_en, 'jurisdictionNameZh', p.name_zh) ORDER BY r.id)
    FROM user_roles r LEFT JOIN places p ON p.id = r.jurisdiction_id WHERE r.user_id = u.id), '[]'::jsonb) AS roles`;

export async function getUser(db: Queryable, id: string): Promise<User | null> {
  const [user] = await db.query<User>(
    `SELECT ${USER_COLUMNS} FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1`,
    [id],
  );
  return user ?? null;
}

export async function findUserByLogin(db: Queryable, login: string): Promise<User | null> {
  const [user] = await db.query<User>(
    `SELECT ${USER_COLUMNS} FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id
     WHERE lower(u.login) = lower($1)`,
    [login],
  );
  return user ?? null;
}

export async function listUsers(db: Queryable): Promise<User[]> {
  return db.query<User>(
    `SELECT ${USER_COLUMNS} FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id ORDER BY lower(u.login)`,
  );
}

export async function countUsers(db: Queryable): Promise<number> {
  const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM users`);
  return n;
}

export interface NewUserRow {
  id: string;
  login: string;
  name: string;
  organisationId: string | null;
  language: 'zh' | 'en';
  passwordHash: string;
}

export async function insertUser(db: Database, actor: Actor, row: NewUserRow, grants: Grant[] = []) {
  await db.transaction(actor, async (tx) => {
    await tx.query(
      `INSERT INTO users (id, login, name, organisation_id, language, password_hash) VALUES ($1, $2, $3, $4, $5, $6)`,
      [row.id, row.login, row.name, row.organisationId, row.language, row.passwordHash],
    );
    for (const grant of grants) await insertGrant(tx, row.id, grant, actorLabel(actor));
  });
}

const actorLabel = (actor: Actor) => (typeof actor === 'string' ? actor : actor.label);

async function insertGrant(tx: Queryable, userId: string, grant: Grant, grantedBy: string) {
  await tx.query(
    `INSERT INTO user_roles (user_id, role, jurisdiction_id, granted_by) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id, role, coalesce(jurisdiction_id, '')) DO NOTHING`,
    [userId, grant.role, grant.jurisdictionId, grantedBy],
  );
}

export async function addGrant(db: Database, actor: Actor, userId: string, grant: Grant): Promise<void> {
  await db.transaction(actor, (tx) => insertGrant(tx, userId, grant, actorLabel(actor)));
}

/** Removes a role; true when there was one. */
export async function removeGrant(
  db: Database,
  actor: Actor,
  userId: string,
  grant: Grant,
): Promise<boolean> {
  return db.transaction(actor, async (tx) => {
    const rows = await tx.query(
      `DELETE FROM user_roles WHERE user_id = $1 AND role = $2 AND jurisdiction_id IS NOT DISTINCT FROM $3 RETURNING id`,
      [userId, grant.role, grant.jurisdictionId],
    );
    return rows.length > 0;
  });
}

/** Administrators who can still sign in: the last one may not be disabled or lose the role. */
export async function activeAdministrators(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT DISTINCT u.id FROM users u JOIN user_roles r ON r.user_id = u.id
     WHERE r.role = 'administrator' AND r.jurisdiction_id IS NULL AND u.disabled_at IS NULL`,
  );
  return rows.map((r) => r.id);
}

export async function setDisabled(db: Database, actor: Actor, userId: string, disabled: boolean) {
  await db.transaction(actor, async (tx) => {
    await tx.query(
      `UPDATE users SET disabled_at = CASE WHEN $2 THEN coalesce(disabled_at, now()) END, updated_at = now() WHERE id = $1`,
      [userId, disabled],
    );
    // A disabled account keeps no session.
    if (disabled) await tx.query(`DELETE FROM sessions WHERE user_id = $1`, [userId]);
  });
}

export async function updateUser(
  db: Database,
  actor: Actor,
  userId: string,
  changes: { name?: string; language?: 'zh' | 'en'; organisationId?: string | null; passwordHash?: string },
) {
  await db.transaction(actor, async (tx) => {
    await tx.query(
      `UPDATE users SET name = coalesce($2, name), language = coalesce($3, language),
         organisation_id = CASE WHEN $4 THEN $5 ELSE organisation_id END,
         password_hash = coalesce($6, password_hash),
         failed_logins = CASE WHEN $6 IS NULL THEN failed_logins ELSE 0 END,
         locked_until = CASE WHEN $6 IS NULL THEN locked_until END,
         updated_at = now()
       WHERE id = $1`,
      [
        userId,
        changes.name ?? null,
        changes.language ?? null,
        changes.organisationId !== undefined,
        changes.organisationId ?? null,
        changes.passwordHash ?? null,
      ],
    );
    if (changes.passwordHash) await tx.query(`DELETE FROM sessions WHERE user_id = $1`, [userId]);
  });
}

export interface LoginRecord {
  id: string;
  passwordHash: string;
  disabled: boolean;
  lockedUntil: string | null;
}

export async function loginRecord(db: Queryable, login: string): Promise<LoginRecord | null> {
  const [row] = await db.query<LoginRecord>(
    `SELECT id, password_hash AS "passwordHash", disabled_at IS NOT NULL AS disabled,
            CASE WHEN locked_until > now() THEN locked_until END AS "lockedUntil"
     FROM users WHERE lower(login) = lower($1)`,
    [login],
  );
  return row ?? null;
}

/**
 * Counts a login attempt before its password is checked, in one statement, so parallel guesses cannot
 * all slip past the lock: the attempt that reaches `limit` locks the account for `lockMinutes` (a
 * right password then clears it). Returns false when the account is locked now.
 */
export async function claimLoginAttempt(db: Queryable, userId: string, limit: number, lockMinutes: number) {
  const rows = await db.query(
    `UPDATE users SET
       failed_logins = CASE WHEN locked_until <= now() THEN 1 ELSE failed_logins + 1 END,
       locked_until = CASE
         WHEN (CASE WHEN locked_until <= now() THEN 1 ELSE failed_logins + 1 END) >= $2
           THEN now() + make_interval(mins => $3)
         ELSE NULL END
     WHERE id = $1 AND (locked_until IS NULL OR locked_until <= now())
     RETURNING id`,
    [userId, limit, lockMinutes],
  );
  return rows.length > 0;
}

export async function recordLogin(db: Queryable, userId: string) {
  await db.query(
    `UPDATE users SET failed_logins = 0, locked_until = NULL, last_login_at = now() WHERE id = $1`,
    [userId],
  );
}

// Sessions ------------------------------------------------------------------------------------------

/** A session's data while it is neither idle past its expiry nor older than `lifetimeHours` since sign-in. */
export async function readSession(
  db: Queryable,
  id: string,
  lifetimeHours: number,
): Promise<Record<string, unknown> | null> {
  const [row] = await db.query<{ data: Record<string, unknown> }>(
    `SELECT data FROM sessions
     WHERE id = $1 AND expires_at > now() AND created_at > now() - make_interval(hours => $2)`,
    [id, lifetimeHours],
  );
  return row?.data ?? null;
}

export async function writeSession(
  db: Queryable,
  id: string,
  userId: string | null,
  data: Record<string, unknown>,
  expiresAt: Date,
) {
  await db.query(
    `INSERT INTO sessions (id, user_id, data, expires_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET user_id = EXCLUDED.user_id, data = EXCLUDED.data,
       expires_at = EXCLUDED.expires_at, updated_at = now()`,
    [id, userId, JSON.stringify(data), expiresAt.toISOString()],
  );
}

export async function deleteSession(db: Queryable, id: string) {
  await db.query(`DELETE FROM sessions WHERE id = $1`, [id]);
}

export async function pruneSessions(db: Queryable, lifetimeHours: number): Promise<void> {
  await db.query(
    `DELETE FROM sessions WHERE expires_at <= now() OR created_at <= now() - make_interval(hours => $1)`,
    [lifetimeHours],
  );
}

// Personal API tokens --------------------------------------------------------------------------------

const TOKEN_COLUMNS = `id, name, scopes, expires_at AS "expiresAt", revoked_at AS "revokedAt",
  last_used_at AS "lastUsedAt", created_at AS "createdAt"`;

export async function insertToken(
  db: Database,
  actor: Actor,
  row: { id: string; userId: string; name: string; secretHash: string; scopes: string[]; expiresAt: Date },
): Promise<ApiToken> {
  return db.transaction(actor, async (tx) => {
    const [token] = await tx.query<ApiToken>(
      `INSERT INTO api_tokens (id, user_id, name, secret_hash, scopes, expires_at) VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING ${TOKEN_COLUMNS}`,
      [row.id, row.userId, row.name, row.secretHash, row.scopes, row.expiresAt.toISOString()],
    );
    return token;
  });
}

export async function listTokens(db: Queryable, userId: string): Promise<ApiToken[]> {
  return db.query<ApiToken>(
    `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE user_id = $1 ORDER BY created_at`,
    [userId],
  );
}

/** Revokes one of the user's tokens; false when they hold no such token. */
export async function revokeToken(db: Database, actor: Actor, userId: string, id: string): Promise<boolean> {
  return db.transaction(actor, async (tx) => {
    const rows = await tx.query(
      `UPDATE api_tokens SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id`,
      [id, userId],
    );
    return rows.length > 0;
  });
}

/** The live token with this secret hash, with its user; marks it used. */
export async function useToken(
  db: Queryable,
  secretHash: string,
): Promise<{ tokenId: string; userId: string; scopes: ('read' | 'write')[] } | null> {
  const [row] = await db.query<{ tokenId: string; userId: string; scopes: ('read' | 'write')[] }>(
    `UPDATE api_tokens t SET last_used_at = now()
     FROM users u
     WHERE t.secret_hash = $1 AND t.revoked_at IS NULL AND t.expires_at > now()
       AND u.id = t.user_id AND u.disabled_at IS NULL
     RETURNING t.id AS "tokenId", t.user_id AS "userId", t.scopes`,
    [secretHash],
  );
  return row ?? null;
}

// The places of records, and history ---------------------------------------------------------------------

export async function partnershipPlaces(db: Queryable, id: string): Promise<string[]> {
  const rows = await db.query<{ a: string; b: string }>(
    `SELECT place_a AS a, place_b AS b FROM partnerships WHERE id = $1`,
    [id],
  );
  return rows.flatMap((r) => [r.a, r.b]);
}

/** The places of a project, and those of the tie it runs under. */
export async function projectPlaces(db: Queryable, id: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT place_id AS id FROM project_places WHERE project_id = $1
     UNION SELECT unnest(ARRAY[t.place_a, t.place_b]) FROM projects j JOIN partnerships t ON t.id = j.partnership_id
     WHERE j.id = $1`,
    [id],
  );
  return rows.map((r) => r.id);
}

/** The place of an event and the places taking part. */
export async function eventPlaces(db: Queryable, id: string): Promise<string[]> {
  const rows = await db.query<{ id: string }>(
    `SELECT place_id AS id FROM events WHERE id = $1 AND place_id IS NOT NULL
     UNION SELECT place_id FROM event_participants WHERE event_id = $1`,
    [id],
  );
  return rows.map((r) => r.id);
}

export async function placeExists(db: Queryable, id: string): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM places WHERE id = $1`, [id])).length > 0;
}

export async function organisationExists(db: Queryable, id: string): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM organisations WHERE id = $1`, [id])).length > 0;
}

export interface LogEntry {
  id: number;
  at: string;
  actor: string;
  userId: string | null;
  organisationId: string | null;
  action: string;
  tableName: string;
  recordId: string | null;
  before: unknown;
  after: unknown;
}

/** What a user wrote, and what was done to their account, newest first. */
export async function userHistory(db: Queryable, userId: string, limit = 200): Promise<LogEntry[]> {
  return db.query<LogEntry>(
    `SELECT id, at, actor, user_id AS "userId", organisation_id AS "organisationId", action,
            table_name AS "tableName", record_id AS "recordId", before, after
     FROM change_log
     WHERE user_id = $1 OR (table_name IN ('users', 'user_roles') AND record_id = $1)
        OR (table_name = 'api_tokens' AND coalesce(after, before) ->> 'user_id' = $1)
     ORDER BY id DESC LIMIT $2`,
    [userId, limit],
  );
}

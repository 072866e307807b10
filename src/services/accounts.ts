/**
 * Accounts as the API and the command line share them: creating users with argon2id password hashes,
 * checking a login with lockout, issuing and checking personal API tokens, and the first administrator.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import argon2 from 'argon2';
import type { Actor, Database } from '../store/database.ts';
import { WriteRejected } from '../store/writes.ts';
import * as store from '../store/accounts.ts';
import { newTokenSchema, newUserSchema, type ApiToken, type NewUser, type User } from '../domain/accounts.ts';
import type { Grant } from '../domain/permissions.ts';
import type { z } from 'zod';

/** OWASP's argon2id configuration (19 MiB, 2 passes, 1 lane): slow for a guesser, quick for a login. */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Failed logins in a row before the account is locked, and for how long. */
export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;

export const hashPassword = (password: string) => argon2.hash(password, ARGON2_OPTIONS);

/** A hash to verify against when the login is unknown, so both answers take the same time. */
let decoyHash: Promise<string> | null = null;

/** Who acts: a signed-in user (by session or personal token) or the server's service token. */
export interface Principal {
  userId: string | null;
  login: string;
  organisationId: string | null;
  grants: Grant[];
  via: 'session' | 'token' | 'service';
  /** What a personal token may do; sessions and the service token may do what the roles allow. */
  scopes: ('read' | 'write')[];
}

/** The change log's view of a principal. */
export function actorOf(principal: Principal): Actor {
  return { label: principal.login, userId: principal.userId, organisationId: principal.organisationId };
}

/** The service token stands for an administrator over the whole nation (scripts, imports, tests). */
export const SERVICE_PRINCIPAL: Principal = {
  userId: null,
  login: 'service-token',
  organisationId: null,
  grants: [{ role: 'administrator', jurisdictionId: null }],
  via: 'service',
  scopes: ['read', 'write'],
};

export async function checkOrganisation(db: Database, organisationId: string) {
  await checkReferences(db, organisationId, []);
}

async function checkReferences(db: Database, organisationId: string | null | undefined, grants: Grant[]) {
  const errors: { field: string; reason: string }[] = [];
  for (const [i, grant] of grants.entries())
    if (grant.role === 'administrator' && grant.jurisdictionId !== null)
      errors.push({
        field: `roles.${i}.jurisdictionId`,
        reason: 'an administrator is granted over the whole nation (no jurisdiction)',
      });
  if (organisationId && !(await store.organisationExists(db, organisationId)))
    errors.push({ field: 'organisationId', reason: `no organisation with id ${organisationId}` });
  for (const [i, grant] of grants.entries())
    if (grant.jurisdictionId && !(await store.placeExists(db, grant.jurisdictionId)))
      errors.push({ field: `roles.${i}.jurisdictionId`, reason: `no place with id ${grant.jurisdictionId}` });
  if (errors.length)
    throw new WriteRejected(422, errors.map((e) => `${e.field}: ${e.reason}`).join('; '), errors);
}

function parsed<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({ field: issue.path.join('.'), reason: issue.message }));
  throw new WriteRejected(422, errors.map((e) => `${e.field}: ${e.reason}`).join('; '), errors);
}

export async function createUser(
  db: Database,
  actor: Actor,
  input: z.input<typeof newUserSchema>,
  grants: Grant[] = [],
): Promise<User> {
  const user: NewUser = parsed(newUserSchema, input);
  await checkReferences(db, user.organisationId, grants);
  if (await store.loginRecord(db, user.login))
    throw new WriteRejected(409, `a user with the login ${user.login} exists`, [
      { field: 'login', reason: 'is taken' },
    ]);
  const id = `user:${randomUUID()}`;
  await store.insertUser(
    db,
    actor,
    {
      id,
      login: user.login,
      name: user.name,
      organisationId: user.organisationId ?? null,
      language: user.language,
      passwordHash: await hashPassword(user.password),
    },
    grants,
  );
  return (await store.getUser(db, id))!;
}

export async function requireUser(db: Database, idOrLogin: string): Promise<User> {
  const user = (await store.getUser(db, idOrLogin)) ?? (await store.findUserByLogin(db, idOrLogin));
  if (!user) throw new WriteRejected(404, `no user ${idOrLogin}`);
  return user;
}

export async function grantRole(db: Database, actor: Actor, userId: string, grant: Grant): Promise<User> {
  await checkReferences(db, null, [grant]);
  await store.addGrant(db, actor, userId, grant);
  return (await store.getUser(db, userId))!;
}

/** Refuses a change that would leave nobody able to manage users. */
async function keepOneAdministrator(db: Database, userId: string) {
  const admins = await store.activeAdministrators(db);
  if (admins.length === 1 && admins[0] === userId)
    throw new WriteRejected(409, 'this is the last active administrator; make another one first');
}

export async function revokeRole(db: Database, actor: Actor, userId: string, grant: Grant): Promise<User> {
  if (grant.role === 'administrator') await keepOneAdministrator(db, userId);
  if (!(await store.removeGrant(db, actor, userId, grant)))
    throw new WriteRejected(
      404,
      `the user has no role ${grant.role} over ${grant.jurisdictionId ?? 'the nation'}`,
    );
  return (await store.getUser(db, userId))!;
}

export async function disableUser(
  db: Database,
  actor: Actor,
  userId: string,
  disabled: boolean,
): Promise<User> {
  if (disabled) await keepOneAdministrator(db, userId);
  await store.setDisabled(db, actor, userId, disabled);
  return (await store.getUser(db, userId))!;
}

export async function setPassword(db: Database, actor: Actor, userId: string, password: string) {
  const checked = parsed(newUserSchema.shape.password, password);
  await store.updateUser(db, actor, userId, { passwordHash: await hashPassword(checked) });
}

export class LoginRefused extends Error {
  constructor(
    readonly reason: 'invalid' | 'locked',
    readonly retryAfterSeconds = 0,
  ) {
    super(
      reason === 'locked'
        ? 'too many failed logins; the account is locked for a while'
        : 'wrong login or password',
    );
  }
}

/**
 * The user whose login and password these are. Unknown logins, wrong passwords and disabled accounts
 * get the same answer; LOCK_AFTER_FAILURES attempts without a right password lock the account.
 */
export async function authenticate(db: Database, login: string, password: string): Promise<string> {
  const record = await store.loginRecord(db, login);
  if (!record) {
    decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await argon2.verify(await decoyHash, password).catch(() => false);
    throw new LoginRefused('invalid');
  }
  const open = await store.claimLoginAttempt(db, record.id, LOCK_AFTER_FAILURES, LOCK_MINUTES);
  const ok = await argon2.verify(record.passwordHash, password).catch(() => false);
  // Only someone who knows the password learns that the account is locked or disabled; everyone
  // else gets the answer an unknown login gets, after the same work.
  if (!ok) throw new LoginRefused('invalid');
  if (!open) {
    const locked = (await store.loginRecord(db, login))?.lockedUntil;
    const seconds = locked ? Math.max(1, Math.ceil((Date.parse(locked) - Date.now()) / 1000)) : 60;
    throw new LoginRefused('locked', seconds);
  }
  if (record.disabled) throw new LoginRefused('invalid');
  await store.recordLogin(db, record.id);
  return record.id;
}

/** The principal of a user who may act now, or null when the account is gone or disabled. */
export async function principalOf(
  db: Database,
  userId: string,
  via: 'session' | 'token',
  scopes: ('read' | 'write')[] = ['read', 'write'],
): Promise<Principal | null> {
  const user = await store.getUser(db, userId);
  if (!user || user.disabled) return null;
  return {
    userId: user.id,
    login: user.login,
    organisationId: user.organisationId,
    grants: user.roles.map(({ role, jurisdictionId }) => ({ role, jurisdictionId })),
    via,
    scopes,
  };
}

const TOKEN_PREFIX = 'amity_';
const secretHashOf = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

/** Whether a bearer credential has the form of a personal token (the service token may be anything). */
export const isPersonalToken = (secret: string) => secret.startsWith(TOKEN_PREFIX);

/** A new personal token; its secret is shown once and only its hash is kept. */
export async function issueToken(
  db: Database,
  actor: Actor,
  userId: string,
  input: z.input<typeof newTokenSchema>,
): Promise<{ token: ApiToken; secret: string }> {
  const { name, scopes, days } = parsed(newTokenSchema, input);
  const secret = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const token = await store.insertToken(db, actor, {
    id: `token:${randomUUID()}`,
    userId,
    name,
    secretHash: secretHashOf(secret),
    scopes: [...new Set(scopes)],
    expiresAt: new Date(Date.now() + days * 86_400_000),
  });
  return { token, secret };
}

export async function principalOfToken(db: Database, secret: string): Promise<Principal | null> {
  const token = await store.useToken(db, secretHashOf(secret));
  return token ? principalOf(db, token.userId, 'token', token.scopes) : null;
}

/**
 * At first start, the first administrator from AMITY_ADMIN_LOGIN and AMITY_ADMIN_PASSWORD when the
 * database has no user yet. There is never a default password: without both, nothing is created.
 */
export async function ensureFirstAdministrator(
  db: Database,
  env: { login?: string; password?: string; name?: string },
): Promise<User | null> {
  if (!env.login || !env.password) return null;
  if ((await store.countUsers(db)) > 0) return null;
  return createUser(
    db,
    'first-start',
    { login: env.login, password: env.password, name: env.name ?? env.login, language: 'zh' },
    [{ role: 'administrator', jurisdictionId: null }],
  );
}

/**
 * The API test suites' common ground: a server over the small gazetteer and registry on one engine,
 * created before a suite and closed and dropped after it, and the checks every suite makes.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { freshDatabase, withSmallGazetteer, type Engine, type TestDatabase } from './databases.ts';
import { withRegistry } from './registry-fixtures.ts';
import { buildServer, type ServerOptions } from '../../src/api/server.ts';
import type { Database } from '../../src/store/database.ts';
import { createUser } from '../../src/services/accounts.ts';
import type { Grant } from '../../src/domain/permissions.ts';

export const ADMIN_TOKEN = 'secret';
export const ADMIN = { authorization: `Bearer ${ADMIN_TOKEN}` };

export interface RegistryServer {
  app: FastifyInstance;
  db: Database;
}

/**
 * Registers the suite's set-up: the returned object's `app` and `db` are ready inside its tests.
 * `prepare` runs on the database before the server starts (extra records a suite needs).
 */
export function registryServer(
  engine: Engine,
  options: Partial<ServerOptions> = {},
  prepare?: (db: Database) => Promise<void>,
): RegistryServer {
  const server = {} as RegistryServer;
  let t: TestDatabase | undefined;
  beforeAll(async () => {
    t = await freshDatabase(engine);
    await withSmallGazetteer(t.db);
    await withRegistry(t.db);
    await prepare?.(t.db);
    server.db = t.db;
    server.app = await buildServer({ db: t.db, adminToken: ADMIN_TOKEN, ...options });
  });
  afterAll(async () => {
    await server.app?.close();
    await t?.drop();
  });
  return server;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { field: string; reason: string }[];
}

/** The reply is a problem+json of this status; its body. */
export function expectProblem(res: LightMyRequestResponse, status: number): ProblemBody {
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json<ProblemBody>();
  expect(body.status).toBe(status);
  return body;
}

/** GET with the body parsed when it is JSON. */
export async function getReply(app: FastifyInstance, url: string) {
  const r = await app.inject({ method: 'GET', url });
  const type = String(r.headers['content-type'] ?? '');
  return { status: r.statusCode, body: type.includes('json') ? r.json() : r.body, type };
}

/** The password the API suites give the users they create. */
export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * Signs a user in and returns a sender of requests with their session cookie and, on writes, their
 * CSRF token, as the web application sends them.
 */
export async function signInAs(app: FastifyInstance, login: string, password = TEST_PASSWORD) {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = String([res.headers['set-cookie']].flat()[0]).split(';')[0];
  const csrf = res.json<{ csrfToken: string }>().csrfToken;
  return (
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    app.inject({
      method,
      url,
      payload,
      headers: { ...headers, cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrf }) },
    });
}

/**
 * Users by login with their roles (and, where given, their organisation), made in the database as an
 * administrator would (password TEST_PASSWORD).
 */
export async function createUsers(
  db: Database,
  users: Record<string, Grant[] | { grants: Grant[]; organisationId: string }>,
): Promise<void> {
  for (const [login, user] of Object.entries(users)) {
    const { grants, organisationId } = Array.isArray(user)
      ? { grants: user, organisationId: undefined }
      : user;
    await createUser(db, 'test', { login, name: login, password: TEST_PASSWORD, organisationId }, grants);
  }
}

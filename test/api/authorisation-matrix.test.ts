/**
 * Every route the server documents, walked from its OpenAPI description: each one that needs a session
 * or a token refuses an anonymous request with 401 before it parses anything, each internal read
 * (accounts, proposals, inbox) refuses the public, and a signed-in user with no role gets no 2xx from
 * any write but their own account's.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.ts';
import { registryServer } from '../support/api.ts';
import { createUser } from '../../src/services/accounts.ts';

const PASSWORD = 'correct horse battery staple';

/** Writes about the signed-in user's own account: open to anyone signed in. */
const OWN_ACCOUNT = [
  'POST /api/auth/logout',
  'PUT /api/auth/password',
  'POST /api/auth/tokens',
  'DELETE /api/auth/tokens/{id}',
];
/** Reads of internal records: anonymous requests are refused. */
const INTERNAL_READS = [
  'GET /api/users',
  'GET /api/users/{id}',
  'GET /api/users/{id}/history',
  'GET /api/auth/tokens',
  'GET /api/proposals',
  'GET /api/proposals/{id}',
  'GET /api/proposals/{id}/files/{fileId}',
  'GET /api/inbox',
  'GET /api/partnerships/{id}/assignments',
];

type Operation = { security?: unknown[] };

describe.each(ENGINES)('authorisation of every route on %s', (engine) => {
  const server = registryServer(
    engine,
    { loginRateLimit: { max: 1000, timeWindow: '1 minute' } },
    async (db) => {
      await createUser(db, 'test', { login: 'nobody', name: 'No role', password: PASSWORD });
    },
  );

  const operations = () => {
    const doc = server.app.swagger() as { paths: Record<string, Record<string, Operation>> };
    return Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        op,
        key: `${method.toUpperCase()} ${path}`,
      })),
    );
  };
  const urlOf = (path: string) => path.replace(/\{[^}]+\}/g, 'x');

  it('refuses anonymous requests to every secured route and internal read with 401', async () => {
    await server.app.ready();
    const secured = operations().filter((o) => o.op.security?.length);
    expect(secured.length).toBeGreaterThan(25);
    for (const key of INTERNAL_READS) expect(operations().map((o) => o.key)).toContain(key);
    for (const { method, path, key } of [
      ...secured,
      ...operations().filter((o) => INTERNAL_READS.includes(o.key)),
    ]) {
      const res = await server.app.inject({
        method: method as 'GET',
        url: urlOf(path),
        payload: method === 'GET' ? undefined : {},
      });
      expect(res.statusCode, `${key}: ${res.body}`).toBe(401);
    }
  });

  it('gives a signed-in user with no role no 2xx from any write but their own account', async () => {
    const login = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'nobody', password: PASSWORD },
    });
    const cookie = String([login.headers['set-cookie']].flat()[0]).split(';')[0];
    const csrf = login.json<{ csrfToken: string }>().csrfToken;
    const writes = operations().filter(
      (o) => o.method !== 'GET' && o.key !== 'POST /api/auth/login' && !OWN_ACCOUNT.includes(o.key),
    );
    expect(writes.length).toBeGreaterThan(20);
    for (const { method, path, key } of writes) {
      const res = await server.app.inject({
        method: method as 'POST',
        url: urlOf(path),
        headers: { cookie, 'x-csrf-token': csrf },
        payload: {},
      });
      expect(res.statusCode, `${key}: ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${key}: ${res.body}`).toBeLessThan(500);
    }
    // No role has the action at all: the refusal says so, not that the place lies elsewhere.
    const noRole = await server.app.inject({
      method: 'POST',
      url: '/api/partnerships',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: {
        placeA: 'gn:1796236',
        placeB: 'gn:1581130',
        sources: [{ source: { title: 't', kind: 'user' } }],
      },
    });
    expect(noRole.statusCode, noRole.body).toBe(403);
    expect(noRole.json<{ type: string }>().type).toBe('urn:amity:problem:not-permitted');
    for (const key of INTERNAL_READS.filter((k) => k.startsWith('GET /api/users'))) {
      const res = await server.app.inject({ method: 'GET', url: urlOf(key.slice(4)), headers: { cookie } });
      expect([403, 404], `${key}: ${res.body}`).toContain(res.statusCode);
    }
  });
});

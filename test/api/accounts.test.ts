/**
 * Accounts on both engines: argon2id passwords, the session cookie, CSRF, lockout and rate limits,
 * personal tokens, administration, and the permission table applied to every write route by role and
 * jurisdiction.
 */
import { describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { ENGINES } from '../support/databases.ts';
import { ADMIN, expectProblem, registryServer } from '../support/api.ts';
import { BEIJING, CHANGNING, PRAGUE, SHANGHAI, YOKOHAMA, HANOI } from '../support/registry-fixtures.ts';
import { createUser } from '../../src/services/accounts.ts';
import type { Grant } from '../../src/domain/permissions.ts';
import type { SessionInfo } from '../../src/domain/accounts.ts';

const PASSWORD = 'correct horse battery staple';

/** A browser: keeps the session cookie and sends the CSRF token on writes. */
class Browser {
  cookie = '';
  csrf = '';
  constructor(private readonly app: FastifyInstance) {}

  async login(login: string, password = PASSWORD): Promise<LightMyRequestResponse> {
    const res = await this.send('POST', '/api/auth/login', { login, password });
    if (res.statusCode === 200) this.csrf = res.json<SessionInfo>().csrfToken ?? '';
    return res;
  }

  async send(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: object,
    csrf = true,
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (csrf && this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    const res = await this.app.inject({ method, url, headers, payload });
    const set = res.headers['set-cookie'];
    for (const line of [set ?? []].flat()) {
      const [pair] = line.split(';');
      if (pair.startsWith('amity_session=')) this.cookie = pair.endsWith('=') ? '' : pair;
    }
    return res;
  }
}

const tie = (placeA: string, placeB: string) => ({
  placeA,
  placeB,
  type: 'friendly_exchange',
  sources: [{ sourceId: 'src:doc-001' }],
});

const USERS: Record<string, Grant[]> = {
  admin: [{ role: 'administrator', jurisdictionId: null }],
  coordinator: [{ role: 'coordinator', jurisdictionId: null }],
  'shanghai.editor': [{ role: 'editor', jurisdictionId: SHANGHAI }],
  'changning.editor': [{ role: 'editor', jurisdictionId: CHANGNING }],
  'shanghai.viewer': [{ role: 'viewer', jurisdictionId: SHANGHAI }],
  'shanghai.department': [{ role: 'department', jurisdictionId: SHANGHAI }],
  'shanghai.reviewer': [{ role: 'reviewer', jurisdictionId: SHANGHAI }],
  'no.role': [],
};

describe.each(ENGINES)('accounts on %s', (engine) => {
  const server = registryServer(
    engine,
    { loginRateLimit: { max: 1000, timeWindow: '1 minute' } },
    async (db) => {
      for (const [login, grants] of Object.entries(USERS))
        await createUser(db, 'test', { login, name: login, password: PASSWORD }, grants);
    },
  );

  it('keeps passwords as argon2id and never sends a hash', async () => {
    const rows = await server.db.query<{ password_hash: string }>(`SELECT password_hash FROM users`);
    expect(rows.length).toBe(Object.keys(USERS).length);
    for (const row of rows) expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    const res = await server.app.inject({ method: 'GET', url: '/api/users', headers: ADMIN });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(/argon2|password/i);
    // The change log of the users table does not copy the hash either.
    const [{ n }] = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM change_log WHERE table_name = 'users' AND (after::text LIKE '%argon2%' OR before::text LIKE '%argon2%')`,
    );
    expect(n).toBe(0);
  });

  it('signs in with an HttpOnly, SameSite=Strict session cookie kept on the server', async () => {
    const browser = new Browser(server.app);
    const res = await browser.login('shanghai.editor');
    expect(res.statusCode, res.body).toBe(200);
    const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('amity_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
    const info = res.json<SessionInfo>();
    expect(info.user).toMatchObject({
      login: 'shanghai.editor',
      roles: [{ role: 'editor', jurisdictionId: SHANGHAI }],
    });
    expect(info.actions).toContain('registry.write');
    expect(info.actions).not.toContain('users.manage');
    expect(info.csrfToken).toBeTruthy();
    const sessionId = decodeURIComponent(browser.cookie.split('=')[1]).split('.')[0];
    const stored = await server.db.query<{ user_id: string }>(`SELECT user_id FROM sessions WHERE id = $1`, [
      sessionId,
    ]);
    expect(stored).toEqual([{ user_id: info.user!.id }]);

    const me = await browser.send('GET', '/api/auth/session');
    expect(me.json<SessionInfo>().user?.login).toBe('shanghai.editor');
    expect(me.headers['cache-control']).toBe('no-store');

    const out = await browser.send('POST', '/api/auth/logout');
    expect(out.statusCode).toBe(204);
    expect(await server.db.query(`SELECT 1 FROM sessions WHERE id = $1`, [sessionId])).toEqual([]);
    const after = await server.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: `amity_session=${encodeURIComponent(sessionId)}` },
    });
    expect(after.json<SessionInfo>().user).toBeNull();
  });

  it('ends a session twelve hours after sign-in however busy it is, and a new sign-in starts afresh', async () => {
    const browser = new Browser(server.app);
    expect((await browser.login('shanghai.viewer')).statusCode).toBe(200);
    const sessionId = decodeURIComponent(browser.cookie.split('=')[1]).split('.')[0];
    // Busy until the last minute: the idle expiry is hours away, only the sign-in is old.
    await server.db.query(
      `UPDATE sessions SET created_at = now() - interval '11 hours 59 minutes' WHERE id = $1`,
      [sessionId],
    );
    expect((await browser.send('GET', '/api/auth/session')).json<SessionInfo>().user?.login).toBe(
      'shanghai.viewer',
    );
    await server.db.query(
      `UPDATE sessions SET created_at = now() - interval '12 hours 1 minute' WHERE id = $1`,
      [sessionId],
    );
    const [{ expiresInHours }] = await server.db.query<{ expiresInHours: number }>(
      `SELECT extract(epoch FROM expires_at - now()) / 3600 AS "expiresInHours" FROM sessions WHERE id = $1`,
      [sessionId],
    );
    expect(Number(expiresInHours)).toBeGreaterThan(7);
    expect((await browser.send('GET', '/api/auth/session')).json<SessionInfo>().user).toBeNull();
    const write = await browser.send('POST', '/api/partnerships', tie(SHANGHAI, PRAGUE));
    expect(write.statusCode).toBe(401);
    // Signing in again gives a new session with a new clock.
    expect((await browser.login('shanghai.viewer')).statusCode).toBe(200);
    expect((await browser.send('GET', '/api/auth/session')).json<SessionInfo>().user?.login).toBe(
      'shanghai.viewer',
    );
  });

  it('answers a wrong password and an unknown login alike, and sends no cookie', async () => {
    const browser = new Browser(server.app);
    const wrong = expectProblem(await browser.login('shanghai.viewer', 'not the password at all'), 401);
    const unknown = expectProblem(await browser.login('nobody.here', 'not the password at all'), 401);
    expect(wrong.detail).toBe(unknown.detail);
    expect(browser.cookie).toBe('');
  });

  it('refuses a cookie-authenticated write without the CSRF token, and accepts it with one', async () => {
    const browser = new Browser(server.app);
    await browser.login('changning.editor');
    const without = await browser.send('POST', '/api/partnerships', tie(CHANGNING, YOKOHAMA), false);
    expect(without.statusCode).toBe(403);
    expect(without.headers['content-type']).toMatch(/problem\+json/);
    const forged = await server.app.inject({
      method: 'POST',
      url: '/api/partnerships',
      headers: { cookie: browser.cookie, 'x-csrf-token': 'forged-token' },
      payload: tie(CHANGNING, YOKOHAMA),
    });
    expect(forged.statusCode).toBe(403);
    const ok = await browser.send('POST', '/api/partnerships', tie(CHANGNING, YOKOHAMA));
    expect(ok.statusCode, ok.body).toBe(201);
    // The change log names the user who wrote.
    const user = (await browser.send('GET', '/api/auth/session')).json<SessionInfo>().user!;
    const logged = await server.db.query<{ actor: string; user_id: string }>(
      `SELECT actor, user_id FROM change_log WHERE table_name = 'partnerships' AND record_id = $1 AND action = 'insert'`,
      [ok.json<{ id: string }>().id],
    );
    expect(logged).toEqual([{ actor: 'changning.editor', user_id: user.id }]);
  });

  /**
   * Every write route, by role: what each user may do to records in and out of their jurisdiction.
   * Shanghai's roles reach Changning (a district of Shanghai) but not Beijing.
   */
  const WRITES: {
    name: string;
    method: 'POST' | 'PUT' | 'PATCH';
    url: string;
    payload: object;
    allowed: string[];
  }[] = [
    {
      name: 'a tie of a district of Shanghai',
      method: 'POST',
      url: '/api/partnerships',
      payload: tie(CHANGNING, PRAGUE),
      allowed: ['admin', 'coordinator', 'shanghai.editor', 'changning.editor'],
    },
    {
      name: 'a tie of Beijing',
      method: 'POST',
      url: '/api/partnerships',
      payload: tie(BEIJING, PRAGUE),
      allowed: ['admin', 'coordinator'],
    },
    {
      name: 'a project in Shanghai',
      method: 'POST',
      url: '/api/projects',
      payload: {
        nameEn: 'Port training',
        domain: 'trade',
        placeIds: [SHANGHAI],
        sources: [{ sourceId: 'src:doc-001' }],
      },
      // A department records only under the ties assigned to its organisation (test/api/assignments.test.ts).
      allowed: ['admin', 'coordinator', 'shanghai.editor'],
    },
    {
      name: 'an organisation with no place',
      method: 'POST',
      url: '/api/organisations',
      payload: { nameEn: 'A think tank', kind: 'think_tank', sources: [{ sourceId: 'src:doc-001' }] },
      allowed: ['admin', 'coordinator'],
    },
    {
      name: 'a project in Shanghai and in Beijing',
      method: 'POST',
      url: '/api/projects',
      payload: {
        nameEn: 'Two-city training',
        domain: 'trade',
        placeIds: [CHANGNING, BEIJING],
        sources: [{ sourceId: 'src:doc-001' }],
      },
      allowed: ['admin', 'coordinator'],
    },
    {
      name: 'a name of Shanghai',
      method: 'POST',
      url: `/api/places/${SHANGHAI}/aliases`,
      payload: { alias: '申城' },
      allowed: ['admin', 'coordinator', 'shanghai.editor'],
    },
    {
      name: 'a name of Hanoi (foreign)',
      method: 'POST',
      url: `/api/places/${HANOI}/aliases`,
      payload: { alias: 'Ha Noi thu do' },
      allowed: ['admin', 'coordinator'],
    },
    {
      name: 'a user',
      method: 'POST',
      url: '/api/users',
      payload: { login: 'new.user', name: 'New', password: PASSWORD },
      allowed: ['admin'],
    },
  ];

  it.each(WRITES)('lets only the roles that reach it write $name', async (write) => {
    for (const login of [...Object.keys(USERS), 'anonymous']) {
      const browser = new Browser(server.app);
      if (login !== 'anonymous') expect((await browser.login(login)).statusCode).toBe(200);
      const payload =
        write.url === '/api/users' ? { ...(write.payload as object), login: `new.${login}` } : write.payload;
      const res = await browser.send(write.method, write.url, payload);
      const expected = login === 'anonymous' ? 401 : write.allowed.includes(login) ? 201 : 403;
      // A tie written once answers 409 to the next writer: the check came before the conflict.
      const status = res.statusCode === 409 ? 201 : res.statusCode;
      expect(status, `${login}: ${res.body}`).toBe(expected);
    }
  });

  it('counts parallel guesses before checking them: twenty at once lock the account', async () => {
    await createUser(server.db, 'test', { login: 'flooded', name: 'Flooded', password: PASSWORD });
    const browser = new Browser(server.app);
    const guesses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        server.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { login: 'flooded', password: `guess ${i}` },
        }),
      ),
    );
    expect(guesses.every((g) => g.statusCode === 401)).toBe(true);
    const [{ failed }] = await server.db.query<{ failed: number }>(
      `SELECT failed_logins AS failed FROM users WHERE login = 'flooded'`,
    );
    expect(failed).toBe(5);
    expectProblem(await browser.login('flooded'), 429);
    // A wrong password on a locked account gets the answer an unknown login gets.
    expect(expectProblem(await browser.login('flooded', 'still wrong'), 401).detail).toBe(
      'wrong login or password',
    );
  });

  it('locks an account after five wrong passwords in a row, even against the right one', async () => {
    const browser = new Browser(server.app);
    await createUser(server.db, 'test', { login: 'target', name: 'Target', password: PASSWORD });
    for (let i = 0; i < 5; i++) expectProblem(await browser.login('target', `wrong password ${i}`), 401);
    const locked = await browser.login('target');
    expectProblem(locked, 429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(60);
    expect(browser.cookie).toBe('');
  });

  it('issues personal tokens with scopes; a revoked token stops working', async () => {
    const browser = new Browser(server.app);
    await browser.login('shanghai.editor');
    const made = await browser.send('POST', '/api/auth/tokens', { name: 'script', scopes: ['read'] });
    expect(made.statusCode, made.body).toBe(201);
    const { secret, token } = made.json<{ secret: string; token: { id: string } }>();
    expect(secret).toMatch(/^amity_/);
    const [row] = await server.db.query<{ secret_hash: string }>(
      `SELECT secret_hash FROM api_tokens WHERE id = $1`,
      [token.id],
    );
    expect(row.secret_hash).not.toContain(secret);
    const bearer = { authorization: `Bearer ${secret}` };
    const who = await server.app.inject({ method: 'GET', url: '/api/auth/session', headers: bearer });
    expect(who.json<SessionInfo>()).toMatchObject({ user: { login: 'shanghai.editor' }, csrfToken: null });
    // Read scope: no write, whatever the roles allow.
    const write = await server.app.inject({
      method: 'POST',
      url: '/api/partnerships',
      headers: bearer,
      payload: tie(SHANGHAI, HANOI),
    });
    expect(expectProblem(write, 403)).toMatchObject({
      type: 'urn:amity:problem:read-only-token',
      detail: expect.stringMatching(/scope/),
    });

    const writer = await browser.send('POST', '/api/auth/tokens', {
      name: 'writer',
      scopes: ['read', 'write'],
      days: 1,
    });
    const writeBearer = { authorization: `Bearer ${writer.json<{ secret: string }>().secret}` };
    const written = await server.app.inject({
      method: 'POST',
      url: '/api/partnerships',
      headers: writeBearer,
      payload: tie(SHANGHAI, HANOI),
    });
    expect([201, 409]).toContain(written.statusCode);
    // A token cannot mint tokens.
    expectProblem(
      await server.app.inject({
        method: 'POST',
        url: '/api/auth/tokens',
        headers: writeBearer,
        payload: { name: 'x' },
      }),
      403,
    );

    expect(
      (await browser.send('DELETE', `/api/auth/tokens/${encodeURIComponent(token.id)}`)).statusCode,
    ).toBe(204);
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/auth/session', headers: bearer }), 401);
    const listed = (await browser.send('GET', '/api/auth/tokens')).json<{
      items: { id: string; revokedAt: string | null }[];
    }>();
    expect(listed.items.find((t) => t.id === token.id)?.revokedAt).toBeTruthy();

    // An expired token is refused like a revoked one.
    await server.db.query(
      `UPDATE api_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = (SELECT id FROM users WHERE login = 'shanghai.editor')`,
    );
    expectProblem(
      await server.app.inject({ method: 'GET', url: '/api/auth/session', headers: writeBearer }),
      401,
    );
  });

  it('ends the sessions of a disabled user and keeps the last administrator', async () => {
    const admin = new Browser(server.app);
    await admin.login('admin');
    const victim = new Browser(server.app);
    await createUser(server.db, 'test', { login: 'leaving', name: 'Leaving', password: PASSWORD }, [
      { role: 'editor', jurisdictionId: SHANGHAI },
    ]);
    await victim.login('leaving');
    const id = victim.csrf && (await victim.send('GET', '/api/auth/session')).json<SessionInfo>().user!.id;
    const off = await admin.send('PATCH', `/api/users/${encodeURIComponent(id)}`, { disabled: true });
    expect(off.json()).toMatchObject({ disabled: true });
    expect((await victim.send('GET', '/api/auth/session')).json<SessionInfo>().user).toBeNull();
    expectProblem(await victim.login('leaving'), 401);

    const me = (await admin.send('GET', '/api/auth/session')).json<SessionInfo>().user!;
    const last = await admin.send('PATCH', `/api/users/${encodeURIComponent(me.id)}`, { disabled: true });
    expect(expectProblem(last, 409).detail).toMatch(/last active administrator/);

    const history = await admin.send('GET', `/api/users/${encodeURIComponent(id)}/history`);
    const actions = history.json<{ items: { action: string; tableName: string; actor: string }[] }>().items;
    expect(actions).toContainEqual(
      expect.objectContaining({ tableName: 'users', action: 'update', actor: 'admin' }),
    );
    // Someone else's history is for administrators.
    expectProblem(await victim.send('GET', `/api/users/${encodeURIComponent(me.id)}/history`), 401);
  });

  it('refuses bad account input with the field named', async () => {
    const admin = new Browser(server.app);
    await admin.login('admin');
    const short = expectProblem(
      await admin.send('POST', '/api/users', { login: 'short.pw', name: 'S', password: 'short' }),
      422,
    );
    expect(short.errors?.[0].field).toMatch(/password/);
    const bad = expectProblem(
      await admin.send('POST', '/api/users', { login: '<script>', name: 'S', password: PASSWORD }),
      422,
    );
    expect(bad.errors?.[0].field).toMatch(/login/);
    const place = expectProblem(
      await admin.send('POST', '/api/users', {
        login: 'nowhere',
        name: 'N',
        password: PASSWORD,
        roles: [{ role: 'editor', jurisdictionId: 'gn:0' }],
      }),
      422,
    );
    expect(place.detail).toMatch(/no place with id gn:0/);
    // An administrator is granted over the nation only: a regional one could grant itself the nation.
    const regional = expectProblem(
      await admin.send('POST', '/api/users', {
        login: 'regional.admin',
        name: 'R',
        password: PASSWORD,
        roles: [{ role: 'administrator', jurisdictionId: SHANGHAI }],
      }),
      422,
    );
    expect(regional.detail).toMatch(/whole nation/);
    const taken = await admin.send('POST', '/api/users', { login: 'ADMIN', name: 'Dup', password: PASSWORD });
    expectProblem(taken, 409);
  });
});

describe('login rate limit', () => {
  const server = registryServer('pglite', { loginRateLimit: { max: 3, timeWindow: '1 minute' } });
  it('answers 429 once a client tries too often', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: `x${i}`, password: 'y' },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });
});

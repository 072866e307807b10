/**
 * Hostile and careless input through the API: text PostgreSQL cannot store, oversized values, broken
 * URLs and bodies, odd tokens, parallel creates of one record, floods of heavy requests. Each is a 4xx
 * problem+json (or a 429/503 with Retry-After), never a 500, on both engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase, withSmallGazetteer, type TestDatabase } from '../support/databases.ts';
import { buildServer } from '../../src/api/server.ts';
import { registryServer, expectProblem } from '../support/api.ts';
import { BEIJING, PRAGUE, SHANGHAI, YOKOHAMA, withRegistry } from '../support/registry-fixtures.ts';

const AUTH = { authorization: 'Bearer secret' };
const SOURCE = [{ source: { title: 'Hardening test', kind: 'document' }, locator: 'p. 1' }];

describe.each(ENGINES)('hardened API on %s', (engine) => {
  const server = registryServer(engine);
  it('refuses a NUL byte in a query parameter, a path id and a body field, naming the field', async () => {
    const query = expectProblem(await server.app.inject(`/api/partnerships?place=gn%3A1%00`), 400);
    expect(query.errors?.[0].field).toBe('query.place');
    expectProblem(await server.app.inject(`/api/places?q=%00`), 400);
    expectProblem(await server.app.inject(`/api/places/gn%3A1796236%00`), 400);
    expectProblem(await server.app.inject(`/api/partnerships/pt%3A%00x`), 400);
    const body = expectProblem(
      await server.app.inject({
        method: 'POST',
        url: '/api/organisations',
        headers: AUTH,
        payload: { nameEn: 'Bad\u0000name', kind: 'forum', sources: SOURCE },
      }),
      422,
    );
    expect(body.errors?.[0].field).toBe('body.nameEn');
  });

  it('refuses lone surrogates in a name, a note and an alias', async () => {
    const lone = (json: string) => ({ 'content-type': 'application/json', ...AUTH, body: json });
    for (const [url, payload, field] of [
      [
        '/api/organisations',
        `{"nameEn":"A\\ud800B","kind":"forum","sources":[{"source":{"title":"t"}}]}`,
        'body.nameEn',
      ],
      [
        '/api/events',
        `{"kind":"visit","nameEn":"Visit","note":"x\\udc00","sources":[{"source":{"title":"t"}}]}`,
        'body.note',
      ],
      [`/api/places/${encodeURIComponent(SHANGHAI)}/aliases`, `{"alias":"\\ud83d"}`, 'body.alias'],
    ] as const) {
      const { body, ...headers } = lone(payload);
      const problem = expectProblem(
        await server.app.inject({ method: 'POST', url, headers, payload: body }),
        422,
      );
      expect(problem.errors?.[0].field).toBe(field);
    }
    // A proper pair (an emoji) is fine.
    const ok = await server.app.inject({
      method: 'POST',
      url: `/api/places/${encodeURIComponent(SHANGHAI)}/aliases`,
      headers: AUTH,
      payload: { alias: 'Shanghai 🌆' },
    });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('refuses huge values: a 2,000,000-character name and a body over the limit', async () => {
    const huge = 'x'.repeat(1_500_000);
    expectProblem(
      await server.app.inject({
        method: 'POST',
        url: '/api/organisations',
        headers: AUTH,
        payload: { nameEn: huge, kind: 'forum', sources: SOURCE },
      }),
      422,
    );
    expectProblem(
      await server.app.inject({
        method: 'POST',
        url: '/api/organisations',
        headers: AUTH,
        payload: { nameEn: 'x'.repeat(3_000_000), kind: 'forum', sources: SOURCE },
      }),
      413,
    );
    expectProblem(await server.app.inject(`/api/places?q=${'a'.repeat(5000)}`), 400);
  });

  it('answers malformed URLs, JSON and media types with problem+json', async () => {
    expectProblem(await server.app.inject('/api/places/%E0%A4%A'), 400);
    expectProblem(
      await server.app.inject({
        method: 'POST',
        url: '/api/organisations',
        headers: { ...AUTH, 'content-type': 'application/json' },
        payload: '{"nameEn": ',
      }),
      400,
    );
    expectProblem(
      await server.app.inject({
        method: 'POST',
        url: '/api/organisations',
        headers: { ...AUTH, 'content-type': 'application/x-unknown' },
        payload: 'x',
      }),
      415,
    );
  });

  it('compares tokens without throwing or leaking their length', async () => {
    for (const token of ['秘密', 'secre', 'secret-longer', '', 'x'.repeat(10_000)]) {
      const res = await server.app.inject({
        method: 'POST',
        url: '/api/organisations',
        headers: { authorization: `Bearer ${token}` },
        payload: {},
      });
      expectProblem(res, 401);
    }
  });

  it('accepts only http and https source URLs', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: AUTH,
      payload: {
        nameEn: 'Script source',
        kind: 'forum',
        sources: [{ source: { title: 'x', url: 'javascript:alert(1)' } }],
      },
    });
    const problem = expectProblem(res, 422);
    expect(problem.errors?.[0].field).toBe('body.sources.0.source.url');
  });

  it('sends security headers and a content security policy on the API and the docs', async () => {
    for (const url of ['/api/health', '/api/partnerships', '/api/docs/static/index.html', '/api/nothing']) {
      const res = await server.app.inject(url);
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-frame-options'], url).toBeDefined();
      expect(res.headers['referrer-policy'], url).toBeDefined();
      expect(String(res.headers['content-security-policy']), url).toMatch(/default-src 'self'/);
    }
    expect(String((await server.app.inject('/api/health')).headers['content-security-policy'])).toMatch(
      /script-src 'self'(;|$)/,
    );
  });

  it('gives exactly one 201 for 20 parallel creates of one pair, and 409 to the rest', async () => {
    const create = () =>
      server.app.inject({
        method: 'POST',
        url: '/api/partnerships',
        headers: AUTH,
        payload: { placeA: SHANGHAI, placeB: PRAGUE, type: 'sister_city', sources: SOURCE },
      });
    const results = await Promise.all(Array.from({ length: 20 }, create));
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes.filter((c) => c === 201)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    const [row] = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM record_sources WHERE record_type = 'partnership' AND record_id = $1`,
      [results.find((r) => r.statusCode === 201)!.json<{ id: string }>().id],
    );
    expect(row.n).toBe(1);
  });

  it('keeps parallel writes of different pairs apart', async () => {
    const results = await Promise.all(
      [PRAGUE, YOKOHAMA].map((b) =>
        server.app.inject({
          method: 'POST',
          url: '/api/partnerships',
          headers: AUTH,
          payload: { placeA: BEIJING, placeB: b, sources: SOURCE },
        }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 201]);
  });
});

describe('limits on heavy requests', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase('pglite');
    await withSmallGazetteer(t.db);
    await withRegistry(t.db);
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('answers 429 with Retry-After once a client exceeds the rate of a heavy route', async () => {
    const app = await buildServer({ db: t.db, rateLimit: { max: 2, timeWindow: '1 minute' } });
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push(await app.inject('/api/analysis/rankings?by=province'));
    expect(codes.slice(0, 2).map((r) => r.statusCode)).toEqual([200, 200]);
    expectProblem(codes[2], 429);
    expect(Number(codes[2].headers['retry-after'])).toBeGreaterThan(0);
    // Light routes are not limited, nor the cheap GET beside a heavy POST on the same path.
    for (let i = 0; i < 5; i++) {
      expect((await app.inject('/api/health')).statusCode).toBe(200);
      expect((await app.inject('/api/indices')).statusCode).toBe(200);
    }
    await app.close();
  });

  it('answers 503 with Retry-After when every slot and the queue are taken', async () => {
    const app = await buildServer({
      db: t.db,
      heavyWork: { concurrency: 1, maxQueued: 1 },
      rateLimit: false,
    });
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => app.inject(`/api/analysis/rankings?by=place&limit=${i + 1}`)),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200).length).toBeGreaterThanOrEqual(2);
    const busy = results.filter((r) => r.statusCode === 503);
    expect(busy.length).toBeGreaterThan(0);
    for (const r of busy) {
      expectProblem(r, 503);
      expect(r.headers['retry-after']).toBeDefined();
    }
    await app.close();
  });
});

/**
 * The OpenAPI document is complete: every route declares its responses, every path parameter, and every
 * query parameter its handler reads. What a handler reads is watched through a proxy on `request.query`
 * while each route answers a request, so a parameter read but not documented fails the test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SHANGHAI } from '../support/registry-fixtures.ts';
import { registryServer } from '../support/api.ts';

interface Operation {
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
type Document = { paths: Record<string, Record<string, Operation>> };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

describe('OpenAPI document', () => {
  const server = registryServer('pglite', { rateLimit: false });
  let doc: Document;
  const read = new Map<string, Set<string>>();

  beforeAll(async () => {
    server.app.addHook('preHandler', async (request) => {
      const key = `${request.method} ${request.routeOptions.url?.replace(/:(\w+)/g, '{$1}')}`;
      const query = request.query as Record<string, unknown>;
      request.query = new Proxy(query, {
        get(target, name) {
          if (typeof name === 'string') read.set(key, (read.get(key) ?? new Set()).add(name));
          return Reflect.get(target, name);
        },
      });
    });
    doc = (await server.app.inject({ method: 'GET', url: '/api/docs/json' })).json<Document>();
  });

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      METHODS.filter((m) => item[m]).map((m) => ({ key: `${m.toUpperCase()} ${path}`, path, op: item[m] })),
    );

  it('lists the registry, analysis, indices and matching routes', () => {
    const keys = operations().map((o) => o.key);
    expect(keys.length).toBeGreaterThan(45);
    for (const key of [
      'GET /api/places',
      'POST /api/partnerships',
      'GET /api/export/{table}',
      'GET /api/status',
    ])
      expect(keys).toContain(key);
    for (const area of ['analysis', 'indices', 'matching'])
      expect(
        keys.some((k) => k.includes(`/api/${area}`)),
        area,
      ).toBe(true);
  });

  it('gives every route a success response with a schema, and every path parameter', () => {
    const missing: string[] = [];
    for (const { key, path, op } of operations()) {
      const success = Object.entries(op.responses ?? {}).filter(([status]) => /^2/.test(status));
      const described =
        success.length > 0 &&
        success.every(
          ([status, r]) =>
            status === '204' || Object.values(r.content ?? {}).some((c) => c.schema !== undefined),
        );
      const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const documented = new Set((op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name));
      const complete = described && pathParams.every((p) => documented.has(p));
      if (!complete) missing.push(key);
    }
    expect(missing).toEqual([]);
  });

  it('documents every query parameter a handler reads', async () => {
    for (const { key, path } of operations()) {
      if (!key.startsWith('GET ')) continue;
      const url = path.replace(/\{(\w+)\}/g, (_m, name: string) =>
        name === 'table' ? 'places' : encodeURIComponent(SHANGHAI),
      );
      const res = await server.app.inject({ method: 'GET', url });
      expect(res.statusCode, `${key}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
    }
    const undocumented: string[] = [];
    for (const { key, op } of operations()) {
      const documented = new Set((op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name));
      for (const name of read.get(key) ?? []) if (!documented.has(name)) undocumented.push(`${key} ?${name}`);
    }
    expect(undocumented).toEqual([]);
    // The watch works: a described list route was seen reading its filters.
    expect([...(read.get('GET /api/partnerships') ?? [])]).toEqual(
      expect.arrayContaining(['place', 'limit']),
    );
  });
});

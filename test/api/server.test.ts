/** The HTTP API through server.app.inject: docs, lists, filters, CSV, problems, auth, writes and the change log. */
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.ts';
import { buildServer } from '../../src/api/server.ts';
import { ADMIN, expectProblem, registryServer } from '../support/api.ts';
import { partnershipId } from '../../src/domain/ids.ts';
import {
  BEIJING,
  CHANGNING,
  CHIANG_MAI,
  HANOI,
  HCMC,
  PRAGUE,
  SHANGHAI,
  YOKOHAMA,
  changeLogCount,
} from '../support/registry-fixtures.ts';

const P = {
  hcmc: partnershipId(SHANGHAI, HCMC),
  yokohama: partnershipId(SHANGHAI, YOKOHAMA),
  changning: partnershipId(CHANGNING, PRAGUE),
  hanoi: partnershipId(BEIJING, HANOI),
  chiangMai: partnershipId(SHANGHAI, CHIANG_MAI),
};

describe.each(ENGINES)('API on %s', (engine) => {
  const server = registryServer(engine);
  const get = (url: string) => server.app.inject({ method: 'GET', url });
  const ids = async (query: string) => {
    const res = await get(`/api/partnerships?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res
      .json<{ items: { id: string }[] }>()
      .items.map((i) => i.id)
      .sort();
  };

  it('serves the OpenAPI description listing the routes', async () => {
    const res = await get('/api/docs/json');
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(doc.openapi).toMatch(/^3\./);
    for (const route of [
      '/api/partnerships',
      '/api/partnerships/{id}',
      '/api/places',
      '/api/resolve',
      '/api/changes',
      '/api/export/{table}',
    ])
      expect(Object.keys(doc.paths), route).toContain(route);
    expect(Object.keys(doc.paths['/api/partnerships']).sort()).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/partnerships/{id}']).sort()).toEqual(['get', 'patch']);
  });

  it('pages and sorts partnerships with totals', async () => {
    const res = await get('/api/partnerships?sort=signed&order=asc&limit=2&offset=1');
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      total: number;
      limit: number;
      offset: number;
      items: { id: string; signedOn: string }[];
    }>();
    expect(body).toMatchObject({ total: 5, limit: 2, offset: 1 });
    expect(body.items.map((i) => i.id)).toEqual([P.hanoi, P.hcmc]);
    const desc = await get('/api/partnerships?sort=signed&order=desc&limit=1');
    expect(desc.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([P.changning]);
  });

  it('filters partnerships', async () => {
    expect(await ids(`place=${SHANGHAI}`)).toEqual([P.hcmc, P.yokohama, P.chiangMai].sort());
    expect(await ids(`place=${SHANGHAI}&subdivisions=true`)).toEqual(
      [P.hcmc, P.yokohama, P.chiangMai, P.changning].sort(),
    );
    expect(await ids('country=vn')).toEqual([P.hcmc, P.hanoi].sort());
    expect(await ids('continent=Europe')).toEqual([P.changning]);
    expect(await ids('type=friendly_exchange')).toEqual([P.changning, P.chiangMai].sort());
    expect(await ids('level=province')).toEqual([P.chiangMai]);
    expect(await ids('status=dormant')).toEqual([P.hanoi]);
    expect(await ids('from=1990&to=1999')).toEqual([P.hcmc, P.hanoi].sort());
    expect(await ids('source=src:wikipedia-twins-china')).toEqual([P.hcmc, P.yokohama].sort());
  });

  it('gives CSV with format=csv', async () => {
    const res = await get('/api/partnerships?format=csv&sort=signed');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.body.trim().split('\n');
    expect(lines).toHaveLength(6);
    const header = lines[0].split(',');
    expect(header.slice(0, 6)).toEqual(['id', 'type', 'level', 'status', 'signedOn', 'signedPrecision']);
    expect(lines[1].startsWith(`${P.yokohama},sister_city,city,listed,1973-01-01,year,`)).toBe(true);
    // Nested objects travel as quoted JSON.
    expect(lines[1]).toContain('"{""id"":""gn:1796236""');
    const places = await get('/api/places?q=上海&format=csv');
    expect(places.json<{ items: { id: string }[] }>().items[0].id).toBe(SHANGHAI);
  });

  it('answers unknown records, routes and bad query parameters with problem+json naming the field', async () => {
    const missing = expectProblem(await get('/api/partnerships/pt:000000000000'), 404);
    expect(missing.detail).toBe('no partnership with id pt:000000000000');
    expectProblem(await get('/api/places/gn:0'), 404);
    expect(expectProblem(await get('/api/nothing-here'), 404).detail).toBe('no route GET /api/nothing-here');

    const limit = expectProblem(await get('/api/partnerships?limit=0'), 400);
    expect(limit.errors?.map((e) => e.field)).toEqual(['query.limit']);
    const type = expectProblem(await get('/api/partnerships?type=best_friends&level=planet'), 400);
    expect(type.errors?.map((e) => e.field).sort()).toEqual(['query.level', 'query.type']);
    const years = expectProblem(await get('/api/partnerships?from=2000&to=1990'), 400);
    expect(years.errors).toEqual([{ field: 'query.from', reason: 'after to' }]);
    const sort = expectProblem(await get('/api/partnerships?sort=colour'), 400);
    expect(sort.errors?.map((e) => e.field)).toEqual(['query.sort']);
    expectProblem(await get('/api/changes?offset=-1'), 400);
    // Rejected by the route's own JSON schema before the handler runs: the field is still named.
    const kind = expectProblem(await get('/api/places?kind=planet'), 400);
    expect(kind.errors?.map((e) => e.field)).toEqual(['query.kind']);
  });

  it('sends the attribution header on API responses, errors included', async () => {
    for (const url of [
      '/api/partnerships',
      '/api/partnerships/pt:000000000000',
      '/api/status',
      '/api/partnerships?limit=0',
    ]) {
      const res = await get(url);
      expect(res.headers['x-data-attribution'], url).toMatch(
        /^Amity open data\. Twin-city pairs: Wikipedia contributors/,
      );
    }
  });

  const body = (placeA: string, placeB: string, extra: Record<string, unknown> = {}) => ({
    placeA,
    placeB,
    type: 'sister_city',
    signed: '2004-10-15',
    sources: [
      {
        source: {
          title: 'Beijing Foreign Affairs Office: sister cities',
          kind: 'web',
          url: 'https://example.org/bj',
        },
        locator: 'item 7',
      },
    ],
    ...extra,
  });

  it('refuses writes without a token or with a wrong one, and all writes on a server without a token', async () => {
    const before = await changeLogCount(server.db);
    const none = await server.app.inject({
      method: 'POST',
      url: '/api/partnerships',
      payload: body(BEIJING, YOKOHAMA),
    });
    expect(expectProblem(none, 401).detail).toContain('Authorization: Bearer');
    const wrong = await server.app.inject({
      method: 'POST',
      url: '/api/partnerships',
      headers: { authorization: 'Bearer secreT' },
      payload: body(BEIJING, YOKOHAMA),
    });
    expectProblem(wrong, 401);
    const longer = await server.app.inject({
      method: 'PATCH',
      url: `/api/partnerships/${P.hcmc}`,
      headers: { authorization: 'Bearer secret-and-more' },
      payload: { status: 'ended', sources: [{ sourceId: 'src:doc-001' }] },
    });
    expectProblem(longer, 401);

    const readOnly = await buildServer({ db: server.db });
    try {
      const res = await readOnly.inject({
        method: 'POST',
        url: '/api/partnerships',
        headers: ADMIN,
        payload: body(BEIJING, YOKOHAMA),
      });
      // Without a service token the bearer header is no credential: only accounts can write.
      expect(expectProblem(res, 401).title).toBe('Unauthorized');
      expect((await readOnly.inject({ method: 'GET', url: '/api/partnerships' })).statusCode).toBe(200);
    } finally {
      await readOnly.close();
    }
    expect(await changeLogCount(server.db)).toBe(before);
  });

  it('creates a partnership with its source (201), lists it, and refuses the same pair again (409)', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/partnerships',
      headers: ADMIN,
      payload: body(YOKOHAMA, BEIJING),
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json<{ id: string }>().id;
    expect(id).toBe(partnershipId(BEIJING, YOKOHAMA));
    expect(res.headers.location).toBe(`/api/partnerships/${id}`);

    expect(await ids(`place=${BEIJING}`)).toContain(id);
    const detail = (await get(`/api/partnerships/${id}`)).json<{
      type: string;
      signedOn: string;
      signedPrecision: string;
      sources: { title: string; kind: string; url: string; locator: string }[];
      history: { actor: string; action: string }[];
    }>();
    expect(detail).toMatchObject({ type: 'sister_city', signedOn: '2004-10-15', signedPrecision: 'day' });
    expect(detail.sources).toEqual([
      expect.objectContaining({
        title: 'Beijing Foreign Affairs Office: sister cities',
        kind: 'web',
        url: 'https://example.org/bj',
        locator: 'item 7',
      }),
    ]);
    expect(detail.history[0]).toMatchObject({ actor: 'service-token', action: 'insert' });

    const before = await changeLogCount(server.db);
    const again = await server.app.inject({
      method: 'POST',
      url: '/api/partnerships',
      headers: ADMIN,
      payload: body(BEIJING, YOKOHAMA, { signed: '2005' }),
    });
    const conflict = expectProblem(again, 409);
    expect(conflict.errors).toEqual([{ field: 'placeB', reason: `duplicate of ${id}` }]);
    expect(await changeLogCount(server.db)).toBe(before);
  });

  it('refuses invalid bodies with 422, naming each field', async () => {
    const before = await changeLogCount(server.db);
    const post = (payload: Record<string, unknown>) =>
      server.app.inject({ method: 'POST', url: '/api/partnerships', headers: ADMIN, payload });

    const many = expectProblem(
      await post({
        placeA: BEIJING,
        placeB: PRAGUE,
        type: 'best_friends',
        signed: '2019-02-30',
        sources: [],
      }),
      422,
    );
    expect(many.errors?.map((e) => e.field).sort()).toEqual(['body.signed', 'body.sources', 'body.type']);
    expect(many.errors?.find((e) => e.field === 'body.signed')?.reason).toBe(
      'day 30 does not exist in 2019-02',
    );
    expect(many.errors?.find((e) => e.field === 'body.sources')?.reason).toBe(
      'every record needs at least one source',
    );

    const noSources = expectProblem(await post({ placeA: BEIJING, placeB: PRAGUE }), 422);
    expect(noSources.errors?.map((e) => e.field)).toEqual(['body.sources']);

    const unknown = expectProblem(await post(body('gn:0', PRAGUE)), 422);
    expect(unknown.errors).toEqual([{ field: 'placeA', reason: 'no place with id gn:0' }]);

    const same = expectProblem(await post(body(PRAGUE, PRAGUE)), 422);
    expect(same.errors).toEqual([{ field: 'placeB', reason: 'same place as placeA' }]);

    const unknownSource = expectProblem(
      await post({ ...body(BEIJING, PRAGUE), sources: [{ sourceId: 'src:nope' }] }),
      422,
    );
    expect(unknownSource.errors).toEqual([
      { field: 'sources.0.sourceId', reason: 'no source with id src:nope' },
    ]);

    expect(
      expectProblem(await post({ ...body(BEIJING, PRAGUE), signed: 'next year' }), 422).errors?.[0].field,
    ).toBe('body.signed');
    expect(await changeLogCount(server.db)).toBe(before);
  });

  it('PATCH adds a claim; the shown date changes and the provenance says why; the change log shows it', async () => {
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/partnerships',
      headers: ADMIN,
      payload: {
        ...body(HANOI, YOKOHAMA),
        signed: '1979',
        sources: [{ source: { title: 'A city web page', kind: 'web' } }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: string }>().id;

    const res = await server.app.inject({
      method: 'PATCH',
      url: `/api/partnerships/${id}`,
      headers: ADMIN,
      payload: { signed: '1979-05-24', sources: [{ sourceId: 'src:doc-002', locator: 'p. 41' }] },
    });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json<{
      signedOn: string;
      signedPrecision: string;
      provenance: Record<string, string>;
      provenanceBasis: Record<string, { kind: string; sourceId?: string }>;
      claims: { field: string; sourceId: string; chosen: boolean; why: unknown }[];
      sources: { id: string }[];
    }>();
    expect(p).toMatchObject({ signedOn: '1979-05-24', signedPrecision: 'day' });
    expect(p.provenance.signed).toMatch(
      /^stated by src:doc-002 \(document\); preferred over src:web-[0-9a-f]+ \(a document outranks a web\)$/,
    );
    // The same, structured for the interface to word in the user's language.
    const web = p.claims.find((c) => c.field === 'signed' && !c.chosen)!.sourceId;
    expect(p.claims.find((c) => c.field === 'signed' && c.chosen)!.why).toEqual({
      sourceKind: 'document',
      over: [web],
      because: 'authority',
      agreeing: 0,
    });
    expect(p.claims.find((c) => !c.chosen)!.why).toBeNull();
    expect(p.provenanceBasis).toMatchObject({
      signed: { kind: 'source', sourceId: 'src:doc-002' },
      level: { kind: 'derived' },
      status: { kind: 'listed' },
    });
    expect(
      p.claims.filter((c) => c.field === 'signed').map((c) => [c.sourceId.slice(0, 8), c.chosen]),
    ).toEqual([
      ['src:doc-', true],
      ['src:web-', false],
    ]);
    expect(p.sources.map((s) => s.id)).toContain('src:doc-002');

    const changes = (await get(`/api/changes?table=partnerships&record=${id}`)).json<{
      total: number;
      items: {
        actor: string;
        action: string;
        before: Record<string, unknown> | null;
        after: Record<string, unknown> | null;
      }[];
    }>();
    const update = changes.items.find((c) => c.after?.signed_on === '1979-05-24');
    expect(update).toMatchObject({ actor: 'service-token', action: 'update' });
    expect(update!.before).toMatchObject({ signed_on: '1979-01-01', signed_precision: 'year' });
    expect(update!.after).toMatchObject({ signed_precision: 'day' });
    const byActor = (await get('/api/changes?actor=service-token&limit=1000')).json<{
      items: { actor: string }[];
    }>();
    expect(byActor.items.length).toBeGreaterThan(0);
    expect(byActor.items.every((c) => c.actor === 'service-token')).toBe(true);

    const missing = await server.app.inject({
      method: 'PATCH',
      url: '/api/partnerships/pt:000000000000',
      headers: ADMIN,
      payload: { status: 'ended', sources: [{ sourceId: 'src:doc-002' }] },
    });
    expectProblem(missing, 404);
  });

  it('PATCH with a source that says there is no date or note clears them', async () => {
    const res = await server.app.inject({
      method: 'PATCH',
      url: `/api/partnerships/${P.changning}`,
      headers: ADMIN,
      payload: {
        signed: null,
        note: null,
        sources: [{ source: { title: 'Changning district correction', kind: 'user' } }],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ signedOn: null, signedPrecision: null, note: null });
  });

  it('resolves names: resolved, ambiguous, unresolved', async () => {
    const resolved = (await get(`/api/resolve?name=${encodeURIComponent('上海市')}`)).json<{
      status: string;
      place: { id: string };
    }>();
    expect(resolved).toMatchObject({ status: 'resolved', place: { id: SHANGHAI } });
    const withCountry = (await get('/api/resolve?name=Ho%20Chi%20Minh%20City&country=Vietnam')).json<{
      status: string;
      place: { id: string };
    }>();
    expect(withCountry).toMatchObject({ status: 'resolved', place: { id: HCMC } });
    const ambiguous = (await get('/api/resolve?name=Kansas%20City&country=US')).json<{
      status: string;
      candidates: unknown[];
    }>();
    expect(ambiguous.status).toBe('ambiguous');
    expect(ambiguous.candidates.length).toBeGreaterThan(1);
    const unresolved = (await get('/api/resolve?name=Qzxwvtown&country=CN')).json<{
      status: string;
      reason: string;
    }>();
    expect(unresolved.status).toBe('unresolved');
    expect(unresolved.reason.length).toBeGreaterThan(0);
    expect(expectProblem(await get('/api/resolve'), 400).errors?.map((e) => e.field)).toEqual(['query.name']);
  });
});

/**
 * Exchanges against projects over recent years, on both engines: a place's and a tie's events and
 * projects counted by year, undated and earlier ones apart, internal records only for the offices that
 * may read them, and bad spans refused.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.ts';
import { createUsers, expectProblem, registryServer, signInAs } from '../support/api.ts';
import { BEIJING, CHANGNING, HCMC, SHANGHAI } from '../support/registry-fixtures.ts';
import { partnershipId } from '../../src/domain/ids.ts';
import type { CooperationBalance } from '../../src/domain/cooperation-balance.ts';

const TIE = partnershipId(SHANGHAI, HCMC);
const source = (locator: string) => [{ source: { title: 'Office file', kind: 'document' }, locator }];

describe.each(ENGINES)('exchanges against projects on %s', (engine) => {
  const server = registryServer(
    engine,
    { loginRateLimit: { max: 1000, timeWindow: '1 minute' } },
    async (db) => {
      await createUsers(db, {
        'sh.editor': [{ role: 'editor', jurisdictionId: SHANGHAI }],
        'bj.viewer': [{ role: 'viewer', jurisdictionId: BEIJING }],
      });
    },
  );
  const read = async (url: string, as?: Awaited<ReturnType<typeof signInAs>>) => {
    const res = as ? await as('GET', url) : await server.app.inject({ method: 'GET', url });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<CooperationBalance>();
  };

  it('counts a place’s and a tie’s exchanges and projects by year, with undated and earlier ones apart', async () => {
    const editor = await signInAs(server.app, 'sh.editor');
    const post = async (url: string, body: object) => {
      const res = await editor('POST', url, body);
      expect(res.statusCode, res.body).toBe(201);
    };
    // The fixtures hold a forum in Shanghai with Ho Chi Minh City (2019) and a port project of both (2017).
    for (const [year, name] of [
      ['2022', 'Delegation to Ho Chi Minh City'],
      ['2023-05', 'Youth exchange'],
      ['2024-09-10', 'Trade fair'],
    ])
      await post('/api/events', {
        kind: 'visit',
        nameEn: name,
        starts: year,
        placeId: HCMC,
        participants: [{ placeId: SHANGHAI, role: 'guest' }],
        sources: source(name),
      });
    // An exchange of Shanghai alone, not of the tie; one without a date; one of a district.
    await post('/api/events', {
      kind: 'forum',
      nameEn: 'City forum',
      starts: '2023',
      placeId: SHANGHAI,
      sources: source('f'),
    });
    await post('/api/events', {
      kind: 'visit',
      nameEn: 'Undated visit',
      placeId: SHANGHAI,
      participants: [{ placeId: HCMC }],
      sources: source('u'),
    });
    await post('/api/events', {
      kind: 'exchange',
      nameEn: 'District festival',
      starts: '2024',
      placeId: CHANGNING,
      sources: source('d'),
    });
    await post('/api/projects', {
      nameEn: 'Metro training',
      domain: 'people',
      status: 'in_progress',
      started: '2024',
      partnershipId: TIE,
      sources: source('p'),
    });

    const tie = await read(`/api/partnerships/${TIE}/cooperation?to=2025`);
    expect(tie).toMatchObject({
      from: 2021,
      to: 2025,
      inSpan: { exchanges: 3, projects: 1 },
      earlier: { exchanges: 1, projects: 1 },
      undated: { exchanges: 1, projects: 0 },
      later: { exchanges: 0, projects: 0 },
      exchangesPerProject: 3,
      verdict: 'exchanges-over-projects',
    });
    expect(tie.years).toEqual([
      { year: 2021, exchanges: 0, projects: 0 },
      { year: 2022, exchanges: 1, projects: 0 },
      { year: 2023, exchanges: 1, projects: 0 },
      { year: 2024, exchanges: 1, projects: 1 },
      { year: 2025, exchanges: 0, projects: 0 },
    ]);

    // Shanghai itself: the tie's, its own forum; its districts' only when asked for.
    const city = await read(`/api/places/${SHANGHAI}/cooperation?to=2025`);
    expect(city.inSpan).toEqual({ exchanges: 4, projects: 1 });
    const withDistricts = await read(`/api/places/${SHANGHAI}/cooperation?to=2025&subdivisions=true`);
    expect(withDistricts.inSpan).toEqual({ exchanges: 5, projects: 1 });
    // A longer span reaches the 2017 project and the 2019 forum.
    expect((await read(`/api/places/${SHANGHAI}/cooperation?to=2025&years=10`)).inSpan).toEqual({
      exchanges: 5,
      projects: 2,
    });
    // By default the span ends this year.
    const now = await read(`/api/places/${SHANGHAI}/cooperation`);
    expect(now.to).toBe(new Date().getUTCFullYear());
    expect(now.years).toHaveLength(5);
  });

  it('counts internal records only for those who may read them', async () => {
    const editor = await signInAs(server.app, 'sh.editor');
    const before = await read(`/api/places/${SHANGHAI}/cooperation?to=2025`);
    const created = await editor('POST', '/api/projects', {
      nameEn: 'Internal port study',
      domain: 'facilities',
      status: 'planned',
      started: '2025',
      placeIds: [SHANGHAI],
      visibility: 'jurisdiction',
      sources: source('i'),
    });
    expect(created.statusCode, created.body).toBe(201);
    expect((await read(`/api/places/${SHANGHAI}/cooperation?to=2025`)).inSpan).toEqual(before.inSpan);
    const beijing = await signInAs(server.app, 'bj.viewer');
    expect((await read(`/api/places/${SHANGHAI}/cooperation?to=2025`, beijing)).inSpan).toEqual(
      before.inSpan,
    );
    expect((await read(`/api/places/${SHANGHAI}/cooperation?to=2025`, editor)).inSpan).toEqual({
      ...before.inSpan,
      projects: before.inSpan.projects + 1,
    });

    // An internal tie is not found by the public, as its page is not.
    await editor('PUT', `/api/partnerships/${TIE}/visibility`, { visibility: 'jurisdiction' });
    expectProblem(
      await server.app.inject({ method: 'GET', url: `/api/partnerships/${TIE}/cooperation` }),
      404,
    );
    expect((await editor('GET', `/api/partnerships/${TIE}/cooperation`)).statusCode).toBe(200);
    await editor('PUT', `/api/partnerships/${TIE}/visibility`, { visibility: 'public' });
  });

  it('refuses a place or tie that does not exist and a span that is not one', async () => {
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/places/gn%3A0/cooperation' }), 404);
    expectProblem(
      await server.app.inject({ method: 'GET', url: '/api/partnerships/pt%3Anone/cooperation' }),
      404,
    );
    for (const query of ['years=0', 'years=51', 'years=2.5', 'to=99999', 'to=abc', 'to=%00'])
      expectProblem(
        await server.app.inject({ method: 'GET', url: `/api/places/${SHANGHAI}/cooperation?${query}` }),
        400,
      );
  });
});

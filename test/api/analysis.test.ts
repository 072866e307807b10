/**
 * The analysis endpoints over the small registry, on every engine: layouts, imbalance, comparisons,
 * competition, rankings and network metrics, and that a write invalidates cached results.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.ts';
import {
  BEIJING,
  CHIANG_MAI,
  HANOI,
  HCMC,
  PRAGUE,
  SHANGHAI,
  YOKOHAMA,
} from '../support/registry-fixtures.ts';
import { getReply, registryServer } from '../support/api.ts';

describe.each(ENGINES)('analysis API on %s', (engine) => {
  const server = registryServer(engine);
  const get = (url: string) => getReply(server.app, url);

  it("counts Shanghai's layout by continent, country, year and partner role", async () => {
    const { status, body } = await get(`/api/analysis/layout?place=${SHANGHAI}`);
    expect(status).toBe(200);
    // Shanghai: Ho Chi Minh City (1994), Yokohama (1973), Chiang Mai Province (undated); Changning's Prague tie is a district's.
    expect(body.total).toBe(3);
    expect(body.byContinent).toEqual([expect.objectContaining({ continent: 'Asia', count: 3, share: 1 })]);
    expect(body.byCountry.map((c: { code: string }) => c.code).sort()).toEqual(['JP', 'TH', 'VN']);
    expect(body.undated).toBe(1);
    expect(body.timeline.at(-1)).toEqual({ year: 1994, signed: 1, cumulative: 2 });
    expect(body.profile.province.count).toBe(1);
    // Both stated figures (85 and 86) sit next to the counted total.
    expect(body.stated.map((s: { stated: number }) => s.stated).sort()).toEqual([85, 86]);
    expect(body.stated[0].countedAll).toBe(3);
  });

  it('sets the projects at the partners and in their countries beside the ties', async () => {
    // The fixture's project is at Shanghai and Ho Chi Minh City.
    const { body } = await get(`/api/analysis/layout?place=${SHANGHAI}`);
    expect(body.practical.partners).toBe(3);
    expect(body.practical.partnersWithProjects).toEqual([
      { place: expect.objectContaining({ id: HCMC }), projects: 1 },
    ]);
    expect(body.practical.byCountry).toContainEqual({
      country: expect.objectContaining({ code: 'VN' }),
      ties: 1,
      projects: 1,
    });
  });

  it("includes a city's districts when asked", async () => {
    const { body } = await get(`/api/analysis/layout?place=${SHANGHAI}&subdivisions=true`);
    expect(body.total).toBe(4);
    expect(body.byContinent.map((c: { continent: string }) => c.continent).sort()).toEqual([
      'Asia',
      'Europe',
    ]);
  });

  it('filters by type and signing years', async () => {
    const { body } = await get(`/api/analysis/layout?place=${SHANGHAI}&type=sister_city&from=1990&to=2000`);
    expect(body.total).toBe(1);
    expect(body.byCountry[0].code).toBe('VN');
  });

  it('lists partners as CSV', async () => {
    const { status, body, type } = await get(`/api/analysis/layout?place=${SHANGHAI}&format=csv`);
    expect(status).toBe(200);
    expect(type).toContain('text/csv');
    const lines = (body as string).trim().split('\n');
    expect(lines[0].split(',')).toContain('role');
    expect(lines).toHaveLength(4);
    expect(body).toContain(HCMC);
  });

  it('refuses a selection that names two homes, and an unknown place', async () => {
    const both = await get(`/api/analysis/layout?place=${SHANGHAI}&country=CN`);
    expect(both.status).toBe(400);
    expect(both.body.errors[0].field).toBe('query.place');
    const unknown = await get('/api/analysis/layout?place=gn:0');
    expect(unknown.status).toBe(404);
  });

  it("compares China's partners with a benchmark and ranks the gaps", async () => {
    const { status, body } = await get('/api/analysis/imbalance?country=CN&benchmark=equal-continents');
    expect(status).toBe(200);
    expect(body.total).toBe(5);
    const asia = body.byContinent.find((r: { continent: string }) => r.continent === 'Asia');
    expect(asia.observed).toBe(4);
    expect(asia.observedShare).toBeCloseTo(0.8, 6);
    expect(body.continentIndex.duncan).toBeGreaterThan(0);
    const corridor = await get('/api/analysis/imbalance?country=CN&benchmark=corridor');
    expect(corridor.status).toBe(400);
    expect(corridor.body.errors[0].field).toBe('query.corridor');
  });

  it('compares Shanghai with Beijing: no shared partner, one shared country', async () => {
    const { status, body } = await get(`/api/analysis/compare?places=${SHANGHAI},${BEIJING}`);
    expect(status).toBe(200);
    expect(body.homes).toHaveLength(2);
    expect(body.pairs[0].sharedPartners).toBe(0);
    expect(body.pairs[0].sharedCountries).toBe(1); // Vietnam: Ho Chi Minh City and Hanoi
    const one = await get(`/api/analysis/compare?places=${SHANGHAI}`);
    expect(one.status).toBe(400);
  });

  it("names Vietnam's domestic holders and whether its capital is held", async () => {
    const { body } = await get('/api/analysis/competition?country=VN');
    const holders = body.holders.map((h: { holder: { id: string } }) => h.holder.id).sort();
    expect(holders).toEqual([BEIJING, SHANGHAI].sort());
    expect(body.capitalCase.taken).toBe(true);
    expect(body.capitalCase.holders[0].holder.id).toBe(BEIJING);
  });

  it('ranks domestic places by ties abroad', async () => {
    const { body } = await get('/api/analysis/rankings?country=CN&by=place');
    // Shanghai's three ties abroad, two of them dated.
    expect(body.items[0]).toMatchObject({ id: SHANGHAI, ties: 3, dated: 2, rank: 1 });
    const csv = await get('/api/analysis/rankings?country=CN&format=csv');
    expect((csv.body as string).split('\n')[0]).toBe(
      'rank,id,nameEn,nameZh,ties,dated,partners,countries,continents',
    );
  });

  it('computes network metrics and the network around a place', async () => {
    const summary = await get('/api/analysis/network/summary');
    expect(summary.status).toBe(200);
    // Five ties among eight places: Shanghai's star of three, Changning–Prague, Beijing–Hanoi.
    expect(summary.body).toMatchObject({ nodes: 8, edges: 5, components: { count: 3, largest: 4 } });
    expect(summary.body.hubs.degree[0]).toMatchObject({ id: SHANGHAI, degree: 3 });
    const ego = await get(`/api/analysis/network?place=${SHANGHAI}`);
    expect(ego.body.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
      [CHIANG_MAI, HCMC, SHANGHAI, YOKOHAMA].sort(),
    );
    expect(ego.body.edges).toHaveLength(3);
    const nodes = await get('/api/analysis/network/nodes?sort=betweenness&limit=1');
    expect(nodes.body.items[0].id).toBe(SHANGHAI);
    expect(nodes.body.total).toBe(8);
    const gexf = await get('/api/analysis/network/export?format=gexf');
    expect(gexf.body).toContain('<gexf');
    expect(gexf.body).toContain(PRAGUE);
    const countries = await get('/api/analysis/network/countries');
    expect(countries.body.matrix.keys).toContain('CN');
  });

  it('recomputes after a write: a new tie shows up in the layout and a coastal override wins', async () => {
    const before = await get(`/api/analysis/layout?place=${BEIJING}`);
    expect(before.body.total).toBe(1);
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/partnerships',
      headers: { authorization: 'Bearer secret' },
      payload: {
        placeA: BEIJING,
        placeB: PRAGUE,
        type: 'sister_city',
        signed: '2016-03',
        sources: [{ source: { title: 'Beijing FAO', kind: 'document' } }],
      },
    });
    expect(created.statusCode).toBe(201);
    const after = await get(`/api/analysis/layout?place=${BEIJING}`);
    expect(after.body.total).toBe(2);
    const override = await server.app.inject({
      method: 'PUT',
      url: `/api/places/${encodeURIComponent(HANOI)}/coastal`,
      headers: { authorization: 'Bearer secret' },
      payload: { coastal: true, source: { source: { title: 'Port register', kind: 'web' } } },
    });
    expect(override.statusCode).toBe(200);
    const coastal = await get(`/api/analysis/layout?place=${BEIJING}`);
    const hanoi = coastal.body.partners.find((p: { place: { id: string } }) => p.place.id === HANOI);
    expect(hanoi.coast).toMatchObject({ coastal: true, basis: 'override' });
  });
});

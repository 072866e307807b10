/**
 * The matching endpoints over the small registry, on every engine: ranked candidates (JSON and CSV),
 * vetting warnings, needs and offers written with the admin token, logged, and rewarded in the ranking.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.ts';
import { BEIJING, CHANGNING, HANOI, HCMC, PRAGUE, SHANGHAI, YOKOHAMA } from '../support/registry-fixtures.ts';
import { ADMIN, createUsers, expectProblem, getReply, registryServer, signInAs } from '../support/api.ts';
import { saveIndexDefinition, saveIndexResults } from '../../src/store/indices.ts';

describe.each(ENGINES)('matching API on %s', (engine) => {
  const server = registryServer(engine, {}, (db) =>
    createUsers(db, {
      'sh.editor': [{ role: 'editor', jurisdictionId: SHANGHAI }],
      'bj.editor': [{ role: 'editor', jurisdictionId: BEIJING }],
      'bj.viewer': [{ role: 'viewer', jurisdictionId: BEIJING }],
    }),
  );
  const get = (url: string) => getReply(server.app, url);
  const admin = ADMIN;

  it('ranks the gazetteer abroad for Shanghai, leaving out its partners and China', async () => {
    const { status, body } = await get(`/api/matching/candidates?place=${SHANGHAI}`);
    expect(status).toBe(200);
    const ids = body.items.map((i: { place: { id: string } }) => i.place.id);
    // Abroad and not yet a partner: Hanoi and Prague (HCMC, Yokohama and Chiang Mai are partners).
    expect(ids.sort()).toEqual([HANOI, PRAGUE].sort());
    expect(body.seeker.id).toBe(SHANGHAI);
    expect(body.preset).toBe('balanced');
    for (const item of body.items) {
      expect(typeof item.score).toBe('number');
      expect(item.explanation.length).toBeGreaterThan(0);
      for (const e of item.explanation) {
        expect(e.en).toBeTruthy();
        expect(e.zh).toBeTruthy();
      }
    }
    const hanoi = body.items.find((i: { place: { id: string } }) => i.place.id === HANOI);
    // Beijing holds Hanoi, the capital of Vietnam.
    expect(hanoi.components.capitalTaken).toBe(1);
    expect(hanoi.features.competition.domesticHolders).toEqual(['gn:1816670']);
    expect(hanoi.features.corridor.nodeOf).toEqual(['cpec']);
    const prague = body.items.find((i: { place: { id: string } }) => i.place.id === PRAGUE);
    // Changning, Shanghai's district, already holds Prague.
    expect(prague.features.duplicateOf).toEqual([CHANGNING]);
    expect(prague.warnings.map((w: { code: string }) => w.code)).toContain('duplicate');
  });

  it('filters, includes partners on request, and lists CSV', async () => {
    const europe = await get(`/api/matching/candidates?place=${SHANGHAI}&continent=Europe`);
    expect(europe.body.items.map((i: { place: { id: string } }) => i.place.id)).toEqual([PRAGUE]);
    const all = await get(`/api/matching/candidates?place=${SHANGHAI}&includePartners=true&limit=10`);
    const ids = all.body.items.map((i: { place: { id: string } }) => i.place.id);
    expect(ids).toEqual(expect.arrayContaining([HCMC, YOKOHAMA]));
    const corridor = await get(`/api/matching/candidates?place=${SHANGHAI}&corridor=cpec`);
    expect(corridor.body.items.map((i: { place: { id: string } }) => i.place.id)).toEqual([HANOI]);
    const csv = await get(`/api/matching/candidates?place=${SHANGHAI}&format=csv&strategy=fill-deficit`);
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    const lines = (csv.body as string).trim().split('\n');
    expect(lines[0].split(',')).toEqual(
      expect.arrayContaining(['rank', 'id', 'score', 'explanationEn', 'explanationZh']),
    );
    expect(lines).toHaveLength(3);
  });

  it("weighs a stored index result as the development level, closer to the seeker's scoring higher", async () => {
    await saveIndexDefinition(server.db, 'admin', {
      id: 'dev-level',
      nameEn: 'Development level',
      framework: { nodes: [{ code: 'gdp', level: 1, parent: 'idx' }] },
      steps: [],
      data: [],
    });
    // The top level (2) is the composite; the indicator level (1) must be ignored.
    await saveIndexResults(server.db, 'admin', 'dev-level', [
      { unit: 'CN', unitName: 'China', code: 'idx', level: 2, score: 75, rank: 2 },
      { unit: 'VN', unitName: 'Vietnam', code: 'idx', level: 2, score: 80, rank: 1 },
      { unit: 'CZ', unitName: 'Czechia', code: 'idx', level: 2, score: 20, rank: 3 },
      { unit: 'CZ', unitName: 'Czechia', code: 'gdp', level: 1, score: 99, rank: 1 },
    ]);
    const { status, body } = await get(`/api/matching/candidates?place=${SHANGHAI}&development=dev-level`);
    expect(status).toBe(200);
    type Item = {
      place: { id: string };
      features: { development: { value: number; seeker: number } };
      explanation: { key: string; contribution: number }[];
    };
    const item = (id: string) => body.items.find((i: Item) => i.place.id === id) as Item;
    // Values are scaled to the indicator's range (20 to 80): Vietnam 1, Czechia 0, China (the seeker) 55/60.
    expect(item(HANOI).features.development.value).toBeCloseTo(1, 9);
    expect(item(PRAGUE).features.development.value).toBeCloseTo(0, 9);
    expect(item(HANOI).features.development.seeker).toBeCloseTo(55 / 60, 9);
    const contribution = (i: Item) => i.explanation.find((e) => e.key === 'development')?.contribution ?? 0;
    expect(contribution(item(HANOI))).toBeGreaterThan(contribution(item(PRAGUE)));
    const missing = await get(`/api/matching/candidates?place=${SHANGHAI}&development=no-such-index`);
    expect(missing.status).toBe(404);
  });

  it('reports bad input as problems', async () => {
    expect((await get(`/api/matching/candidates?place=gn:0`)).status).toBe(404);
    const strategy = await get(`/api/matching/candidates?place=${SHANGHAI}&strategy=random`);
    expect(strategy.status).toBe(400);
    expect(strategy.body.errors[0].field).toBe('query.strategy');
    const weights = await get(`/api/matching/candidates?place=${SHANGHAI}&weights=size:-1`);
    expect(weights.status).toBe(400);
    expect(weights.body.errors[0].field).toBe('query.weights');
    expect((await get(`/api/matching/candidates?place=${SHANGHAI}&corridor=nope`)).status).toBe(400);
    expect((await get(`/api/matching/vet?place=${SHANGHAI}&candidate=gn:0`)).status).toBe(404);
  });

  it('vets a proposal with its warnings', async () => {
    const hanoi = await get(`/api/matching/vet?place=${SHANGHAI}&candidate=${HANOI}`);
    expect(hanoi.status).toBe(200);
    const codes = hanoi.body.warnings.map((w: { code: string }) => w.code);
    expect(codes).toContain('capital-held');
    const held = hanoi.body.warnings.find((w: { code: string }) => w.code === 'capital-held');
    expect(held.en).toContain('Beijing');
    expect(held.zh).toContain('北京市');
    expect(hanoi.body.rankAmongAll).toBeGreaterThanOrEqual(1);
    const yokohama = await get(`/api/matching/vet?place=${SHANGHAI}&candidate=${YOKOHAMA}`);
    const yCodes = yokohama.body.warnings.map((w: { code: string }) => w.code);
    // An existing partner, in a country not marked Belt and Road in the fixture.
    expect(yCodes).toEqual(expect.arrayContaining(['already-partner', 'not-belt-and-road']));
    expect(yokohama.body.rankAmongAll).toBeNull();
  });

  it('records needs and offers with the admin token, logs them, and rewards complementary pairs', async () => {
    const denied = await server.app.inject({
      method: 'POST',
      url: `/api/places/${SHANGHAI}/needs-offers`,
      payload: { direction: 'need', field: 'trade' },
    });
    expect(denied.statusCode).toBe(401);

    const before = await get(`/api/matching/vet?place=${SHANGHAI}&candidate=${PRAGUE}`);
    expect(before.body.components.complementarity).toBe(0);

    const mine = await server.app.inject({
      method: 'POST',
      url: `/api/places/${SHANGHAI}/needs-offers`,
      headers: admin,
      payload: {
        items: [
          { direction: 'need', field: 'trade', note: 'export markets' },
          { direction: 'offer', field: 'education' },
        ],
      },
    });
    expect(mine.statusCode).toBe(201);
    expect(mine.json().items).toHaveLength(2);
    const theirs = await server.app.inject({
      method: 'POST',
      url: `/api/places/${PRAGUE}/needs-offers`,
      headers: admin,
      payload: {
        items: [
          { direction: 'offer', field: 'trade' },
          { direction: 'need', field: 'education' },
        ],
      },
    });
    expect(theirs.statusCode).toBe(201);
    const bad = await server.app.inject({
      method: 'POST',
      url: `/api/places/${PRAGUE}/needs-offers`,
      headers: admin,
      payload: { direction: 'want', field: 'Trade Stuff' },
    });
    expect(bad.statusCode).toBe(422);
    const missing = await server.app.inject({
      method: 'POST',
      url: `/api/places/gn:0/needs-offers`,
      headers: admin,
      payload: { direction: 'need', field: 'trade' },
    });
    expect(missing.statusCode).toBe(404);

    const listed = await get(`/api/places/${SHANGHAI}/needs-offers`);
    expect(
      listed.body.items.map((i: { direction: string; field: string }) => `${i.direction}:${i.field}`),
    ).toEqual(['need:trade', 'offer:education']);
    // The fields the explanations name, in both languages, for a form to offer.
    expect(listed.body.fields).toContainEqual({ field: 'education', en: 'education', zh: '教育' });
    const [logged] = await server.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM change_log WHERE table_name = 'place_needs_offers' AND actor = 'service-token'`,
    );
    expect(logged.n).toBe(4);

    // The write made a new data version: the cached ranking sees the pair.
    const after = await get(`/api/matching/vet?place=${SHANGHAI}&candidate=${PRAGUE}`);
    expect(after.body.components.complementarity).toBe(1);
    const e = after.body.explanation.find((x: { key: string }) => x.key === 'complementarity');
    expect(e.en).toBe('offers what you seek (unimpeded trade); seeks what you offer (education)');
    expect(e.zh).toBe('可提供您所需（贸易畅通）；需要您所长（教育）');
    expect(after.body.score).toBeGreaterThan(before.body.score);

    const removed = await server.app.inject({
      method: 'DELETE',
      url: `/api/places/${PRAGUE}/needs-offers?direction=need`,
      headers: admin,
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json().deleted).toBe(1);
    const unauthorised = await server.app.inject({
      method: 'DELETE',
      url: `/api/places/${PRAGUE}/needs-offers`,
    });
    expect(unauthorised.statusCode).toBe(401);
    const half = await get(`/api/matching/vet?place=${SHANGHAI}&candidate=${PRAGUE}`);
    expect(half.body.components.complementarity).toBe(0.5);
  });

  it('tells a page whether its user may record a place’s needs and offers, as the write itself would', async () => {
    const access = (place: string) => `/api/places/${encodeURIComponent(place)}/needs-offers/access`;
    const shanghai = await signInAs(server.app, 'sh.editor');
    const beijing = await signInAs(server.app, 'bj.editor');
    const viewer = await signInAs(server.app, 'bj.viewer');
    // Shanghai's office, for Shanghai and for its district; the write agrees.
    expect((await shanghai('GET', access(SHANGHAI))).statusCode).toBe(204);
    expect((await shanghai('GET', access(CHANGNING))).statusCode).toBe(204);
    const taken = await shanghai('POST', `/api/places/${encodeURIComponent(CHANGNING)}/needs-offers`, {
      direction: 'offer',
      field: 'culture',
    });
    expect(taken.statusCode, taken.body).toBe(201);
    // Beijing's office is told Shanghai is outside its jurisdictions, and so is the write.
    expect(expectProblem(await beijing('GET', access(SHANGHAI)), 403).type).toBe(
      'urn:amity:problem:outside-jurisdiction',
    );
    expect(
      expectProblem(
        await beijing('POST', `/api/places/${encodeURIComponent(SHANGHAI)}/needs-offers`, {
          direction: 'need',
          field: 'tourism',
        }),
        403,
      ).type,
    ).toBe('urn:amity:problem:outside-jurisdiction');
    // A foreign place needs a role over the whole nation; a viewer keeps no records anywhere.
    expect(expectProblem(await shanghai('GET', access(PRAGUE)), 403).type).toBe(
      'urn:amity:problem:outside-jurisdiction',
    );
    expect(expectProblem(await viewer('GET', access(BEIJING)), 403).type).toBe(
      'urn:amity:problem:not-permitted',
    );
    // The service token may write anywhere; no place is 404, and no one signed in is 401.
    const admin = (url: string) => server.app.inject({ method: 'GET', url, headers: ADMIN });
    expect((await admin(access(PRAGUE))).statusCode).toBe(204);
    expectProblem(await admin(access('gn:0')), 404);
    expectProblem(await server.app.inject({ method: 'GET', url: access(SHANGHAI) }), 401);
  });
});

/**
 * Administrative changes of places, on both engines: 闸北区 merged into 静安区 (2015). The merged
 * district's ties stay its own as signed and are held by its heir: the heir's list shows them, every
 * analysis counts them once for the heir, and the heir's office keeps their records. Every refusal: a
 * second heir, a circle, a partner abroad, a missing source, an office outside the jurisdiction.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.ts';
import { ADMIN, createUsers, expectProblem, registryServer, signInAs } from '../support/api.ts';
import {
  CHANGNING,
  HANOI,
  JINGAN,
  SHANGHAI,
  YOKOHAMA,
  ZHABEI,
  withZhabeiAndJingan,
} from '../support/registry-fixtures.ts';
import { loadDataset } from '../../src/store/analysis-dataset.ts';
import type { PlaceSuccessions, Succession } from '../../src/domain/successions.ts';

const DECISION = {
  source: {
    source: {
      title: 'State Council approval of the merger of Jing’an and Zhabei districts of Shanghai',
      titleZh: '国务院关于同意上海市调整静安区、闸北区行政区划的批复',
      kind: 'document',
    },
    locator: '国函〔2015〕157号',
  },
};

describe.each(ENGINES)('administrative changes of places on %s', (engine) => {
  const server = registryServer(
    engine,
    { loginRateLimit: { max: 1000, timeWindow: '1 minute' } },
    async (db) => {
      await withZhabeiAndJingan(db);
      await createUsers(db, {
        'jingan.editor': [{ role: 'editor', jurisdictionId: JINGAN }],
        'changning.editor': [{ role: 'editor', jurisdictionId: CHANGNING }],
        'shanghai.editor': [{ role: 'editor', jurisdictionId: SHANGHAI }],
      });
    },
  );
  const post = (url: string, payload: object, headers: Record<string, string> = ADMIN) =>
    server.app.inject({ method: 'POST', url, payload, headers });
  const tie = (placeA: string, placeB: string, type = 'sister_city') =>
    post('/api/partnerships', {
      placeA,
      placeB,
      type,
      sources: [{ source: { title: 'Shanghai list of twin cities', kind: 'document' } }],
    });
  const partnersOf = async (place: string) =>
    (await server.app.inject({ method: 'GET', url: `/api/partnerships?place=${place}&limit=100` })).json<{
      items: { id: string; placeA: { id: string }; placeB: { id: string } }[];
    }>().items;

  it('keeps a merged place’s ties as signed and lets its heir hold them in lists, analyses and records', async () => {
    const zhabeiHanoi = (await tie(ZHABEI, HANOI)).json<{ id: string }>().id;
    expect(zhabeiHanoi).toMatch(/^pt:/);
    expect((await tie(ZHABEI, YOKOHAMA)).statusCode).toBe(201);
    expect((await tie(JINGAN, YOKOHAMA, 'friendly_exchange')).statusCode).toBe(201);
    expect((await partnersOf(JINGAN)).length).toBe(1);

    // Before the merger, the Jing'an office keeps no record of Zhabei's.
    const jingan = await signInAs(server.app, 'jingan.editor');
    const decision = { status: 'dormant', on: '2016', reason: '交流暂停' };
    expectProblem(await jingan('POST', `/api/partnerships/${zhabeiHanoi}/lifecycle`, decision), 403);
    // Nor may an office outside both districts record the merger.
    const changning = await signInAs(server.app, 'changning.editor');
    expectProblem(
      await changning('POST', `/api/places/${ZHABEI}/successions`, {
        successorId: JINGAN,
        kind: 'merged',
        on: '2015-11',
        ...DECISION,
      }),
      403,
    );

    const shanghai = await signInAs(server.app, 'shanghai.editor');
    const recorded = await shanghai('POST', `/api/places/${ZHABEI}/successions`, {
      successorId: JINGAN,
      kind: 'merged',
      on: '2015-11',
      ...DECISION,
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json<Succession>()).toMatchObject({
      predecessor: { id: ZHABEI, nameZh: '闸北区' },
      successor: { id: JINGAN, nameZh: '静安区' },
      kind: 'merged',
      on: '2015-11-01',
      onPrecision: 'month',
      source: { titleZh: '国务院关于同意上海市调整静安区、闸北区行政区划的批复' },
      locator: '国函〔2015〕157号',
    });

    const history = async (place: string) =>
      (
        await server.app.inject({ method: 'GET', url: `/api/places/${place}/successions` })
      ).json<PlaceSuccessions>();
    const zhabei = await history(ZHABEI);
    expect(zhabei.heir).toMatchObject({ id: JINGAN });
    expect(zhabei.successors.map((s) => [s.kind, s.successor.id])).toEqual([['merged', JINGAN]]);
    expect(zhabei.predecessors).toEqual([]);
    const jinganHistory = await history(JINGAN);
    expect(jinganHistory.heir).toBeNull();
    expect(jinganHistory.predecessors.map((s) => s.predecessor.id)).toEqual([ZHABEI]);

    // The ties stay Zhabei's as signed; Jing'an's list holds them with its own.
    const held = await partnersOf(JINGAN);
    expect(held.length).toBe(3);
    expect(held.filter((t) => [t.placeA.id, t.placeB.id].includes(ZHABEI)).length).toBe(2);
    expect((await partnersOf(ZHABEI)).length).toBe(2);
    // Every analysis counts them for Jing'an, a partner held twice once, and Zhabei no more.
    const dataset = await loadDataset(server.db);
    const sides = (id: string) => dataset.ties.filter((t) => t.a === id || t.b === id);
    expect(sides(ZHABEI)).toEqual([]);
    expect(
      sides(JINGAN)
        .map((t) => (t.a === JINGAN ? t.b : t.a))
        .sort(),
    ).toEqual([HANOI, YOKOHAMA].sort());
    expect(sides(JINGAN).find((t) => t.a === YOKOHAMA || t.b === YOKOHAMA)?.type).toBe('friendly_exchange');

    // Now the Jing'an office keeps the records of Zhabei's ties.
    const kept = await jingan('POST', `/api/partnerships/${zhabeiHanoi}/lifecycle`, decision);
    expect(kept.statusCode, kept.body).toBe(200);
    // The merger is in the public change log.
    const log = await server.app.inject({ method: 'GET', url: '/api/changes?table=place_successions' });
    expect(log.json<{ total: number }>().total).toBe(1);
  });

  it('refuses a second heir, a circle, a successor abroad or unknown, and a change without its decision', async () => {
    const record = (from: string, body: object) => post(`/api/places/${from}/successions`, body);
    const merged = { successorId: JINGAN, kind: 'merged', on: '2015-11', ...DECISION };
    expect((await record(ZHABEI, merged)).statusCode).toBe(409);
    expect(expectProblem(await record(ZHABEI, { ...merged, successorId: CHANGNING }), 409).detail).toMatch(
      /already merged or renamed/,
    );
    expectProblem(await record(ZHABEI, { ...merged, kind: 'split', successorId: CHANGNING }), 409);
    // Jing'an merged into Zhabei would hand the ties round in a circle.
    const circle = expectProblem(await record(JINGAN, { ...merged, successorId: ZHABEI }), 422);
    expect(circle.errors?.[0]?.field).toBe('successorId');
    expect(expectProblem(await record(CHANGNING, { ...merged, successorId: HANOI }), 422).detail).toMatch(
      /one country/,
    );
    expectProblem(await record(CHANGNING, { ...merged, successorId: CHANGNING }), 422);
    expectProblem(await record(CHANGNING, { ...merged, successorId: 'cn:999999' }), 422);
    expectProblem(await record('cn:999999', merged), 404);
    const { source: _, ...unsourced } = merged;
    expectProblem(await record(CHANGNING, unsourced), 422);
    expectProblem(await record(CHANGNING, { ...unsourced, source: { locator: 'p. 1' } }), 422);
    expectProblem(await record(CHANGNING, { ...merged, successorId: SHANGHAI, kind: 'absorbed' }), 422);
    expectProblem(await record(CHANGNING, { ...merged, successorId: SHANGHAI, on: '2015-13' }), 422);
    expectProblem(
      await server.app.inject({
        method: 'POST',
        url: `/api/places/${CHANGNING}/successions`,
        payload: merged,
      }),
      401,
    );
    expectProblem(await server.app.inject({ method: 'GET', url: `/api/places/cn:999999/successions` }), 404);
    // Nothing of the refused changes was written.
    const [{ n }] = await server.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM place_successions`);
    expect(n).toBe(1);
  });

  it('records a split without passing ties on, and a rename chain to its last heir', async () => {
    // Changning split: one part continues as Shanghai itself here, which passes no tie on.
    const split = await post(`/api/places/${CHANGNING}/successions`, {
      successorId: SHANGHAI,
      kind: 'split',
      on: '2020',
      ...DECISION,
    });
    expect(split.statusCode, split.body).toBe(201);
    const history = (
      await server.app.inject({ method: 'GET', url: `/api/places/${CHANGNING}/successions` })
    ).json<PlaceSuccessions>();
    expect(history.heir).toBeNull();
    const dataset = await loadDataset(server.db);
    expect(dataset.ties.some((t) => t.a === CHANGNING || t.b === CHANGNING)).toBe(true);
    // Jing'an renamed later: Zhabei's ties pass along the chain to the last name.
    const renamed = await post(`/api/places/${JINGAN}/successions`, {
      successorId: SHANGHAI,
      kind: 'renamed',
      on: '2030',
      ...DECISION,
    });
    expect(renamed.statusCode, renamed.body).toBe(201);
    const zhabei = (
      await server.app.inject({ method: 'GET', url: `/api/places/${ZHABEI}/successions` })
    ).json<PlaceSuccessions>();
    expect(zhabei.heir).toMatchObject({ id: SHANGHAI });
    const after = await loadDataset(server.db);
    expect(after.ties.some((t) => [t.a, t.b].includes(ZHABEI) || [t.a, t.b].includes(JINGAN))).toBe(false);
    expect(after.ties.filter((t) => t.a === SHANGHAI || t.b === SHANGHAI).length).toBeGreaterThanOrEqual(3);
  });
});

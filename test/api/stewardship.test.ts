/**
 * The stewardship queue on both engines: a curator of Shanghai sees the questions about Shanghai's ties
 * (and its districts'), not Beijing's; a correction becomes a claim with the curator as its source and
 * changes the shown value; a dismissal keeps the question out of the queue; nobody curates outside their
 * jurisdiction. Two places named Taizhou hold the same partner: each curator is asked, one confirms its
 * tie and the other withdraws its own from public view with the reason.
 */
import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ENGINES } from '../support/databases.ts';
import { TEST_PASSWORD, expectProblem, registryServer, signInAs } from '../support/api.ts';
import { BEIJING, CHIANG_MAI, DOC_002, HANOI, SHANGHAI, YOKOHAMA } from '../support/registry-fixtures.ts';
import { createUser } from '../../src/services/accounts.ts';
import { amendPartnership, createPartnership, createPlace } from '../../src/store/writes.ts';
import { partnershipInputSchema } from '../../src/domain/registry.ts';
import { partnershipId } from '../../src/domain/ids.ts';
import type { StewardshipItem } from '../../src/domain/stewardship.ts';

const SH_YOKOHAMA = partnershipId(SHANGHAI, YOKOHAMA);
const SH_CHIANG_MAI = partnershipId(SHANGHAI, CHIANG_MAI);
const BJ_HANOI = partnershipId(BEIJING, HANOI);
/** Two places named Taizhou, one in each curator's jurisdiction, and their ties to Yokohama. */
const TAIZHOU = { sh: '', bj: '' };
const TIES = { sh: '', bj: '' };
/** A row of the bundled lists (Shanghai, China – Yokohama, Japan) cited by a tie of a place far away. */
const SHANGHAI_YOKOHAMA_ROW = 'twin_cities_raw.csv row 4975';
let misread = '';
let misreadPlace = '';

async function as(app: FastifyInstance, login: string) {
  const send = await signInAs(app, login);
  return {
    queue: async (question: string) =>
      (await send('GET', `/api/stewardship?question=${question}`)).json<{
        total: number;
        items: StewardshipItem[];
      }>(),
    decide: (payload: object) => send('POST', '/api/stewardship/decisions', payload),
  };
}

describe.each(ENGINES)('stewardship on %s', (engine) => {
  const server = registryServer(
    engine,
    { loginRateLimit: { max: 1000, timeWindow: '1 minute' } },
    async (db) => {
      await createUser(db, 'test', { login: 'sh.curator', name: 'Curator', password: TEST_PASSWORD }, [
        { role: 'editor', jurisdictionId: SHANGHAI },
      ]);
      await createUser(db, 'test', { login: 'bj.curator', name: 'Curator', password: TEST_PASSWORD }, [
        { role: 'editor', jurisdictionId: BEIJING },
      ]);
      for (const [side, parentId, nameZh] of [
        ['sh', SHANGHAI, '泰州'],
        ['bj', BEIJING, '台州'],
      ] as const) {
        TAIZHOU[side] = await createPlace(db, 'test', {
          kind: 'district',
          nameEn: 'Taizhou',
          nameZh,
          countryCode: 'CN',
          parentId,
          searchKeys: ['taizhou', nameZh],
        });
        TIES[side] = await createPartnership(
          db,
          'test',
          partnershipInputSchema.parse({
            placeA: TAIZHOU[side],
            placeB: YOKOHAMA,
            sources: [{ sourceId: 'src:wikipedia-twins-china', locator: `row ${side}` }],
          }),
        );
      }
      // A place in Sichuan (盐边县's point) given the list's row of Shanghai and Yokohama.
      misreadPlace = await createPlace(db, 'test', {
        kind: 'district',
        nameEn: 'Yanbian',
        nameZh: '盐边',
        countryCode: 'CN',
        parentId: SHANGHAI,
        lat: 26.7,
        lng: 101.85,
        searchKeys: ['yanbian'],
      });
      misread = await createPartnership(
        db,
        'test',
        partnershipInputSchema.parse({
          placeA: misreadPlace,
          placeB: YOKOHAMA,
          sources: [{ sourceId: 'src:wikipedia-twins-china', locator: SHANGHAI_YOKOHAMA_ROW }],
        }),
      );
      // A second source gives Shanghai–Yokohama another year: the sources disagree.
      await amendPartnership(db, 'test', SH_YOKOHAMA, {
        signed: { date: '1974-01-01', precision: 'year' },
        sources: [{ sourceId: DOC_002.id, locator: 'p. 7' }],
      });
    },
  );

  it('settles a conflict by a claim with the curator as its source', async () => {
    const curator = await as(server.app, 'sh.curator');
    const conflicts = await curator.queue('conflicting');
    expect(conflicts.items.map((i) => i.partnershipId)).toEqual([SH_YOKOHAMA]);
    const [item] = conflicts.items;
    expect(item.conflict?.field).toBe('signed');
    // Each item says how it may be settled.
    expect(item.decisions).toEqual(['accept', 'correct', 'dismiss']);
    expect(item.conflict?.values.map((v) => v.sourceId).sort()).toEqual(
      [DOC_002.id, 'src:wikipedia-twins-china'].sort(),
    );
    // Beijing's curator does not see Shanghai's questions, nor settle them.
    expect((await (await as(server.app, 'bj.curator')).queue('conflicting')).items).toEqual([]);
    const foreign = await (
      await as(server.app, 'bj.curator')
    ).decide({
      question: 'conflicting',
      partnershipId: SH_YOKOHAMA,
      decision: 'dismiss',
    });
    expectProblem(foreign, 403);

    expectProblem(
      await curator.decide({ question: 'conflicting', partnershipId: SH_YOKOHAMA, decision: 'correct' }),
      422,
    );
    const corrected = await curator.decide({
      question: 'conflicting',
      partnershipId: SH_YOKOHAMA,
      decision: 'correct',
      values: { signed: '1973-11-30' },
      note: '据横滨市档案',
    });
    expect(corrected.statusCode, corrected.body).toBe(204);
    const tie = (await server.app.inject({ method: 'GET', url: `/api/partnerships/${SH_YOKOHAMA}` })).json<{
      signedOn: string;
      sources: { title: string; kind: string }[];
    }>();
    // The curator's claim (a user's) outranks the compiled list; the shown date is theirs.
    expect(tie.signedOn).toBe('1973-11-30');
    expect(tie.sources.map((s) => s.title)).toContain('Curator sh.curator');
    expect((await curator.queue('conflicting')).items).toEqual([]);
  });

  it('lists undated ties of the jurisdiction and keeps dismissed questions out', async () => {
    const curator = await as(server.app, 'sh.curator');
    const undated = await curator.queue('undated');
    expect(undated.items.map((i) => i.partnershipId)).toContain(SH_CHIANG_MAI);
    expect(undated.items.map((i) => i.partnershipId)).not.toContain(BJ_HANOI);
    const dismissed = await curator.decide({
      question: 'undated',
      partnershipId: SH_CHIANG_MAI,
      decision: 'dismiss',
      note: '日期不详',
    });
    expect(dismissed.statusCode, dismissed.body).toBe(204);
    expect((await curator.queue('undated')).items.map((i) => i.partnershipId)).not.toContain(SH_CHIANG_MAI);
    // Decisions are append-only.
    await expect(server.db.query(`DELETE FROM stewardship_decisions`)).rejects.toThrow(/append-only/);
    expectProblem(await server.app.inject({ method: 'GET', url: '/api/stewardship' }), 401);
  });

  it('asks both curators about a partner held by two places of the same name, and withdraws the wrong tie', async () => {
    const sh = await as(server.app, 'sh.curator');
    const bj = await as(server.app, 'bj.curator');
    const shQueue = await sh.queue('namesake');
    expect(shQueue.items.map((i) => i.partnershipId)).toEqual([TIES.sh]);
    expect(shQueue.items[0].namesake).toEqual({
      partnershipId: TIES.bj,
      place: { id: TAIZHOU.bj, nameEn: 'Taizhou', nameZh: '台州', countryCode: 'CN' },
    });
    expect((await bj.queue('namesake')).items.map((i) => i.namesake?.place.id)).toEqual([TAIZHOU.sh]);
    expect(shQueue.items[0].decisions).toEqual(['accept', 'withdraw', 'dismiss']);
    // Other questions carry no namesake.
    const undated = (await sh.queue('undated')).items;
    expect(undated.every((i) => i.namesake === null)).toBe(true);
    expect(undated.map((i) => i.partnershipId)).toContain(TIES.sh);

    // A namesake has no value to correct; a withdrawal says why; a tie with no namesake is not one.
    expectProblem(
      await sh.decide({ question: 'namesake', partnershipId: TIES.sh, decision: 'correct' }),
      422,
    );
    const reasonless = expectProblem(
      await sh.decide({ question: 'namesake', partnershipId: TIES.sh, decision: 'withdraw' }),
      422,
    );
    expect(reasonless.errors?.[0]?.field).toBe('note');
    expectProblem(
      await sh.decide({ question: 'undated', partnershipId: SH_CHIANG_MAI, decision: 'withdraw', note: 'x' }),
      422,
    );
    expectProblem(
      await sh.decide({ question: 'namesake', partnershipId: SH_CHIANG_MAI, decision: 'accept' }),
      409,
    );
    expectProblem(await bj.decide({ question: 'namesake', partnershipId: TIES.sh, decision: 'accept' }), 403);

    // Beijing's curator confirms its tie: a claim with the curator as a source.
    const confirmed = await bj.decide({
      question: 'namesake',
      partnershipId: TIES.bj,
      decision: 'accept',
      note: '1998年签约',
    });
    expect(confirmed.statusCode, confirmed.body).toBe(204);
    const bjTie = (await server.app.inject({ method: 'GET', url: `/api/partnerships/${TIES.bj}` })).json<{
      sources: { title: string }[];
    }>();
    expect(bjTie.sources.map((x) => x.title)).toContain('Curator bj.curator');
    expect((await bj.queue('namesake')).items).toEqual([]);
    // Shanghai's question stays open until its own curator decides.
    expect((await sh.queue('namesake')).items.map((i) => i.partnershipId)).toEqual([TIES.sh]);

    const withdrawn = await sh.decide({
      question: 'namesake',
      partnershipId: TIES.sh,
      decision: 'withdraw',
      note: '横滨的友好城市是台州，不是泰州',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(204);
    expect((await sh.queue('namesake')).items).toEqual([]);
    // A withdrawn tie raises no more questions (it had no signing date).
    expect((await sh.queue('undated')).items.map((i) => i.partnershipId)).not.toContain(TIES.sh);
    // Gone from public view (its page, Yokohama's partners), kept for the office with its history.
    const anonymous = (url: string) => server.app.inject({ method: 'GET', url });
    expect((await anonymous(`/api/partnerships/${TIES.sh}`)).statusCode).toBe(404);
    const partners = (await anonymous(`/api/partnerships?place=${YOKOHAMA}&limit=100`)).json<{
      items: { id: string }[];
    }>();
    const ids = partners.items.map((i) => i.id);
    expect(ids).toContain(TIES.bj);
    expect(ids).not.toContain(TIES.sh);
    const send = await signInAs(server.app, 'sh.curator');
    const kept = await send('GET', `/api/partnerships/${TIES.sh}`);
    expect(kept.statusCode).toBe(200);
    const keptTie = kept.json<{
      visibility: string;
      withdrawal: { at: string; login: string; note: string } | null;
    }>();
    expect(keptTie.visibility).toBe('jurisdiction');
    // Its page says who withdrew it, when and why.
    expect(keptTie.withdrawal).toMatchObject({ login: 'sh.curator', note: '横滨的友好城市是台州，不是泰州' });
    expect(keptTie.withdrawal?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(bjTie).toMatchObject({ withdrawal: null });
    const [logged] = await server.db.query<{ actor: string }>(
      `SELECT actor FROM change_log WHERE table_name = 'partnerships' AND record_id = $1 AND action = 'update'
       ORDER BY id DESC LIMIT 1`,
      [TIES.sh],
    );
    expect(logged.actor).toContain('sh.curator');
    const [decision] = await server.db.query<{ decision: string; note: string; login: string }>(
      `SELECT decision, note, login FROM stewardship_decisions WHERE partnership_id = $1 AND question = 'namesake'`,
      [TIES.sh],
    );
    expect(decision).toEqual({
      decision: 'withdraw',
      note: '横滨的友好城市是台州，不是泰州',
      login: 'sh.curator',
    });
    // The list read again (as a re-import writes it) leaves it withdrawn.
    await amendPartnership(server.db, 'test', TIES.sh, {
      type: 'sister_city',
      sources: [{ sourceId: 'src:wikipedia-twins-china', locator: 'row sh' }],
    });
    expect((await anonymous(`/api/partnerships/${TIES.sh}`)).statusCode).toBe(404);
  });

  it('asks about a side its list places far from the place attached, farthest first', async () => {
    const sh = await as(server.app, 'sh.curator');
    const bj = await as(server.app, 'bj.curator');
    const queue = await sh.queue('distant');
    expect(queue.items.map((i) => i.partnershipId)).toEqual([misread]);
    const [item] = queue.items;
    expect(item.distant).toMatchObject({
      placeId: misreadPlace,
      listedName: 'Shanghai',
      listedCountry: 'China',
      lat: 31.2286,
      lng: 121.4747,
    });
    expect(item.distant!.km).toBeGreaterThan(1_800);
    expect(item.distant!.km).toBeLessThan(2_100);
    expect(item.namesake).toBeNull();
    // Shanghai–Yokohama itself is where its list says; Beijing's curator sees nothing of Shanghai's.
    expect((await bj.queue('distant')).items).toEqual([]);

    expectProblem(await sh.decide({ question: 'distant', partnershipId: misread, decision: 'correct' }), 422);
    const withdrawn = await sh.decide({
      question: 'distant',
      partnershipId: misread,
      decision: 'withdraw',
      note: '名单所列为上海市，不是盐边',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(204);
    expect((await sh.queue('distant')).items).toEqual([]);
    expect((await server.app.inject({ method: 'GET', url: `/api/partnerships/${misread}` })).statusCode).toBe(
      404,
    );
  });
});

/**
 * The stewardship queue on both engines: a curator of Shanghai sees the questions about Shanghai's ties
 * (and its districts'), not Beijing's; a correction becomes a claim with the curator as its source and
 * changes the shown value; a dismissal keeps the question out of the queue; nobody curates outside their
 * jurisdiction.
 */
import { describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ENGINES } from '../support/databases.ts';
import { TEST_PASSWORD, expectProblem, registryServer, signInAs } from '../support/api.ts';
import { BEIJING, CHIANG_MAI, DOC_002, HANOI, SHANGHAI, YOKOHAMA } from '../support/registry-fixtures.ts';
import { createUser } from '../../src/services/accounts.ts';
import { amendPartnership } from '../../src/store/writes.ts';
import { partnershipId } from '../../src/domain/ids.ts';
import type { StewardshipItem } from '../../src/domain/stewardship.ts';

const SH_YOKOHAMA = partnershipId(SHANGHAI, YOKOHAMA);
const SH_CHIANG_MAI = partnershipId(SHANGHAI, CHIANG_MAI);
const BJ_HANOI = partnershipId(BEIJING, HANOI);

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
});

/**
 * A tie's life after signing, on both engines: the office that keeps it records that it is suspended
 * and later ended, since when and why; the decision is the source of the shown status and the change
 * log names the officer; offices elsewhere may not.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.ts';
import { TEST_PASSWORD, expectProblem, registryServer, signInAs } from '../support/api.ts';
import { BEIJING, HCMC, SHANGHAI } from '../support/registry-fixtures.ts';
import { createUser } from '../../src/services/accounts.ts';
import { partnershipId } from '../../src/domain/ids.ts';

const TIE = partnershipId(SHANGHAI, HCMC);

interface Detail {
  status: string;
  endedOn: string | null;
  endReason: string | null;
  sources: { title: string; locator?: string }[];
  history: { actor: string }[];
  currentDecision: unknown;
}

describe.each(ENGINES)('tie lifecycle on %s', (engine) => {
  const server = registryServer(
    engine,
    { loginRateLimit: { max: 1000, timeWindow: '1 minute' } },
    async (db) => {
      await createUser(db, 'test', { login: 'sh.office', name: 'Office', password: TEST_PASSWORD }, [
        { role: 'editor', jurisdictionId: SHANGHAI },
      ]);
      await createUser(db, 'test', { login: 'bj.office', name: 'Office', password: TEST_PASSWORD }, [
        { role: 'editor', jurisdictionId: BEIJING },
      ]);
    },
  );

  it('records a suspension and an end with their dates and reasons', async () => {
    const office = await signInAs(server.app, 'sh.office');
    const url = `/api/partnerships/${TIE}/lifecycle`;
    expectProblem(await office('POST', url, { status: 'suspended', on: '2025-03' }), 422);
    expectProblem(await office('POST', url, { status: 'suspended', on: '2025-03', reason: ' ' }), 422);
    expectProblem(
      await (
        await signInAs(server.app, 'bj.office')
      )('POST', url, { status: 'ended', on: '2025', reason: 'x' }),
      403,
    );

    const suspended = await office('POST', url, {
      status: 'suspended',
      on: '2025-03',
      reason: '双方商定暂停交流',
    });
    expect(suspended.statusCode, suspended.body).toBe(200);
    expect(suspended.json<Detail>()).toMatchObject({ status: 'suspended', endedOn: null });
    // The decision itself, for the interface to word: who, since when (as precise as given), why.
    expect(suspended.json<Detail>().currentDecision).toMatchObject({
      login: 'sh.office',
      status: 'suspended',
      since: '2025-03-01',
      precision: 'month',
      reason: '双方商定暂停交流',
    });
    // The date stays as precise as it was given (a month here).
    expect(suspended.json<Detail>().sources.map((s) => s.locator)).toContain(
      'suspended since 2025-03: 双方商定暂停交流',
    );

    const ended = (
      await office('POST', url, { status: 'ended', on: '2026-06-30', reason: '对方城市合并' })
    ).json<Detail>();
    expect(ended).toMatchObject({ status: 'ended', endedOn: '2026-06-30', endReason: '对方城市合并' });
    expect(ended.sources.map((s) => s.title)).toContain('Decision recorded by sh.office');
    expect(ended.history.some((h) => h.actor === 'sh.office')).toBe(true);
    // The public list shows the shown status.
    const list = await server.app.inject({
      method: 'GET',
      url: `/api/partnerships?place=${SHANGHAI}&status=ended`,
    });
    expect(list.json<{ items: { id: string }[] }>().items.map((t) => t.id)).toContain(TIE);
  });
});

/**
 * Ended ties carry their end date and reason where a source says so: a claim like the others, which
 * makes the status "ended" unless a source states a status outright, and shows where it came from.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.ts';
import { ADMIN, expectProblem, registryServer } from '../support/api.ts';
import { SHANGHAI, YOKOHAMA } from '../support/registry-fixtures.ts';
import { partnershipId } from '../../src/domain/ids.ts';
import { orderPair } from '../../src/domain/ids.ts';

// Shanghai–Yokohama: no source gives its status, so it is listed until one does.
const TIE = partnershipId(...orderPair(SHANGHAI, YOKOHAMA));
const NOTICE = {
  source: { title: 'Municipal foreign affairs office notice, 2023', kind: 'document' },
  locator: 'item 4',
};

describe.each(ENGINES)('ended ties on %s', (engine) => {
  const server = registryServer(engine);
  const patch = (payload: object) =>
    server.app.inject({
      method: 'PATCH',
      url: `/api/partnerships/${encodeURIComponent(TIE)}`,
      headers: ADMIN,
      payload,
    });
  const get = async () =>
    (await server.app.inject({ url: `/api/partnerships/${encodeURIComponent(TIE)}` })).json();

  it('records when and why a tie ended, and shows it as ended with its source', async () => {
    expect((await get()).status).toBe('listed');
    const res = await patch({
      ended: '2023-05',
      endReason: 'not renewed after the 30th year',
      sources: [NOTICE],
    });
    expect(res.statusCode, res.body).toBeLessThan(300);
    const tie = await get();
    expect(tie).toMatchObject({
      status: 'ended',
      endedOn: '2023-05-01',
      endedPrecision: 'month',
      endReason: 'not renewed after the 30th year',
    });
    expect(tie.provenance).toMatchObject({
      status: expect.stringMatching(/^stated by /),
      ended: expect.any(String),
    });
    // Listed among the ended ties.
    const ended = (await server.app.inject({ url: `/api/partnerships?status=ended&limit=100` })).json();
    expect(ended.items.map((p: { id: string }) => p.id)).toContain(TIE);
  });

  it('refuses an end date that is not a date, naming the field', async () => {
    const body = expectProblem(await patch({ ended: 'last spring', sources: [NOTICE] }), 422);
    expect(body.errors?.map((e) => e.field)).toContain('body.ended');
  });
});

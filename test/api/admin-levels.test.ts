/**
 * Each side of a tie says its administrative level, and ties filter by it: in the small registry,
 * Changning is a district of Shanghai, Shanghai a municipality (province level), Chiang Mai Province a
 * first-level region abroad.
 */
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../support/databases.ts';
import { getReply, registryServer } from '../support/api.ts';
import { CHANGNING, CHIANG_MAI, SHANGHAI } from '../support/registry-fixtures.ts';

describe.each(ENGINES)('administrative levels on %s', (engine) => {
  const server = registryServer(engine);

  it('are given for each side of a tie and for a place', async () => {
    const { body } = await getReply(server.app, `/api/partnerships?place=${SHANGHAI}&subdivisions=true`);
    const levels = new Map<string, string | null>();
    for (const t of body.items) for (const side of [t.placeA, t.placeB]) levels.set(side.id, side.adminLevel);
    expect(levels.get(SHANGHAI)).toBe('province_level');
    expect(levels.get(CHANGNING)).toBe('district');
    expect(levels.get(CHIANG_MAI)).toBe('region');
    expect((await getReply(server.app, `/api/places/${SHANGHAI}`)).body.adminLevel).toBe('province_level');
  });

  it('filter ties by the level of a side', async () => {
    const ids = async (level: string) => {
      const reply = await getReply(server.app, `/api/partnerships?adminLevel=${level}&limit=100`);
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      return reply.body.items.map((t: { placeA: { id: string }; placeB: { id: string } }) => [
        t.placeA.id,
        t.placeB.id,
      ]);
    };
    expect((await ids('district')).flat()).toContain(CHANGNING);
    expect(await ids('region')).toEqual([expect.arrayContaining([CHIANG_MAI])]);
    expect((await getReply(server.app, '/api/partnerships?adminLevel=galaxy')).status).toBe(400);
  });
});

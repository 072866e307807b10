/**
 * The shared version reader: requests that come while a read is in flight share the next read, which
 * begins after they came, so none is given a version read before a write it should see.
 */
import { describe, expect, it } from 'vitest';
import { SharedVersionReader } from '../../src/store/change-version.ts';
import type { Database } from '../../src/store/database.ts';

/** A database whose version queries wait until released; each answers the id current when it began. */
function fakeDatabase() {
  const state = { id: 1, started: 0, release: [] as (() => void)[] };
  const db = {
    engine: 'pglite',
    query: () => {
      state.started++;
      const id = state.id;
      return new Promise((resolve) => state.release.push(() => resolve([{ id }])));
    },
  } as unknown as Database;
  return { db, state, releaseNext: () => state.release.shift()!() };
}

describe('shared version reader', () => {
  it('gives a request that came during a read the next read, shared by all that came meanwhile', async () => {
    const { db, state, releaseNext } = fakeDatabase();
    const reader = new SharedVersionReader(db);
    const first = reader.read();
    expect(state.started).toBe(1);
    state.id = 2; // a write commits while the first read is in flight
    const second = reader.read();
    const third = reader.read();
    expect(state.started).toBe(1);
    releaseNext();
    expect(await first).toEqual({ id: 1, settled: true });
    await new Promise((resolve) => setImmediate(resolve));
    expect(state.started).toBe(2);
    releaseNext();
    expect(await second).toEqual({ id: 2, settled: true });
    expect(await third).toEqual({ id: 2, settled: true });
    // Nothing in flight: the next request reads afresh.
    state.id = 3;
    const fourth = reader.read();
    expect(state.started).toBe(3);
    releaseNext();
    expect((await fourth).id).toBe(3);
  });

  it('keeps serving after a failed read', async () => {
    let calls = 0;
    const db = {
      engine: 'pglite',
      query: async () => {
        calls++;
        if (calls === 1) throw new Error('connection lost');
        return [{ id: 7 }];
      },
    } as unknown as Database;
    const reader = new SharedVersionReader(db);
    const failed = reader.read();
    const next = reader.read();
    await expect(failed).rejects.toThrow('connection lost');
    expect(await next).toEqual({ id: 7, settled: true });
  });
});

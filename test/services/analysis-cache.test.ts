/** The AnalysisCache the API and `amity serve` share: one computation per data version, failures not kept. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, freshDatabase, withSmallGazetteer, type TestDatabase } from '../support/databases.ts';
import { HANOI, SHANGHAI, withRegistry } from '../support/registry-fixtures.ts';
import { saveNeedsOffers } from '../../src/store/needs-offers.ts';
import { saveIndexDefinition, saveIndexResults } from '../../src/store/indices.ts';
import { AnalysisCache } from '../../src/services/analysis-cache.ts';
import { loadMatchingCandidates } from '../../src/store/matching-candidates.ts';
import { prepareMatchingPool } from '../../src/analysis/matching/index.ts';
import { loadCurrentDataset, loadMatchingPool, loadNeedsOffers } from '../../src/services/datasets.ts';

describe.each(ENGINES)('the analysis cache on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(engine);
    await withSmallGazetteer(t.db);
    await withRegistry(t.db);
  });
  afterAll(() => t.drop());

  it('computes a key once per data version, and again after a write', async () => {
    const cache = new AnalysisCache(t.db);
    let runs = 0;
    const count = () =>
      cache.get('ties', (ds) => {
        runs++;
        return ds.ties.length;
      });
    const ties = await count();
    expect(await count()).toBe(ties);
    expect(runs).toBe(1);
    const before = await cache.data();
    expect(await cache.data()).toBe(before);

    await saveNeedsOffers(t.db, 'test', HANOI, [{ direction: 'need', field: 'trade' }]);
    expect(await count()).toBe(ties);
    expect(runs).toBe(2);
    expect(await cache.data()).not.toBe(before);
    expect((await cache.needsOffers()).get(HANOI)).toEqual({ need: ['trade'], offer: [] });

    cache.invalidate();
    await count();
    expect(runs).toBe(3);
  });

  it('keeps the data set when only a saved index changes (no part of it)', async () => {
    const cache = new AnalysisCache(t.db);
    const before = await cache.data();
    await saveIndexDefinition(t.db, 'test', {
      id: 'cache-test',
      nameEn: 'Cache test',
      framework: { nodes: [{ code: 'x', level: 1, parent: 'idx' }] },
      steps: [],
      data: [],
    });
    await saveIndexResults(t.db, 'test', 'cache-test', [
      { unit: 'CN', unitName: 'China', code: 'idx', level: 2, score: 1, rank: 1 },
    ]);
    expect(await cache.data()).toBe(before);
    await saveNeedsOffers(t.db, 'test', HANOI, [{ direction: 'offer', field: 'culture' }]);
    expect(await cache.data()).not.toBe(before);
  });

  it('does not keep a failed computation', async () => {
    const cache = new AnalysisCache(t.db);
    await expect(cache.get('flaky', () => Promise.reject(new Error('once')))).rejects.toThrow('once');
    expect(await cache.get('flaky', () => 'second try')).toBe('second try');
  });

  it('prepares the matching inputs the command line loads directly', async () => {
    const cache = new AnalysisCache(t.db);
    const dataset = await loadCurrentDataset(t.db);
    const pool = await cache.matchingPool();
    expect(pool).toBe(await cache.matchingPool());
    expect(pool.places.map((p) => p.id)).toEqual(
      (await loadMatchingPool(t.db, dataset)).places.map((p) => p.id),
    );
    expect(pool.indexOf.has(SHANGHAI)).toBe(true);
    expect(await cache.needsOffers()).toEqual(await loadNeedsOffers(t.db));
    // The communities a server finds in a worker thread are those the pool finds by itself.
    const inThread = prepareMatchingPool(dataset, await loadMatchingCandidates(t.db));
    expect(Array.from(pool.community)).toEqual(Array.from(inThread.community));
    expect(pool.community[pool.indexOf.get(SHANGHAI)!]).toBeGreaterThanOrEqual(0);
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildAsemCoin,
  getResults,
  runSensitivity,
  runUncertainty,
  type UncertainSettings,
} from '../../../src/analysis/indices/index.ts';

const coin = buildAsemCoin();
// COINr's sensitivity vignette: winmax 1-5, min-max 1-100 or z-score (10, 2), 25% weight noise at levels 2 and 3,
// arithmetic or geometric mean
const settings: UncertainSettings = {
  winmax: [1, 2, 3, 4, 5],
  normalisation: [
    { method: 'minMax', min: 1, max: 100 },
    { method: 'zScore', mean: 10, sd: 2 },
  ],
  weights: {
    noise: [
      { level: 2, factor: 0.25 },
      { level: 3, factor: 0.25 },
    ],
    sets: 200,
  },
  aggregation: ['arithmetic', 'geometric'],
};

describe('uncertainty analysis', () => {
  it('is reproducible from the seed and changes with it', async () => {
    const a = await runUncertainty(coin, settings, 300, { seed: 11, workers: 0 });
    const b = await runUncertainty(coin, settings, 300, { seed: 11, workers: 0 });
    const c = await runUncertainty(coin, settings, 300, { seed: 12, workers: 0 });
    expect(Array.from(a.ranks)).toEqual(Array.from(b.ranks));
    expect(Array.from(a.ranks)).not.toEqual(Array.from(c.ranks));
  });

  it('gives nominal ranks equal to the build and intervals around the median', async () => {
    const r = await runUncertainty(coin, settings, 500, { seed: 3, workers: 0 });
    const nominal = getResults(coin).find((x) => x.code === 'Index')!;
    r.units.forEach((u, i) => {
      expect(r.nominalRank[i]).toBe(nominal.ranks[u]);
      expect(r.q05Rank[i]).toBeLessThanOrEqual(r.medianRank[i]);
      expect(r.medianRank[i]).toBeLessThanOrEqual(r.q95Rank[i]);
    });
    expect(r.failedReplications).toBe(0);
    expect(r.inputs).toEqual(['winmax', 'normalisation', 'weights', 'aggregation']);
  });

  it('a single setting with one alternative equal to the nominal build reproduces the nominal ranks', async () => {
    const r = await runUncertainty(coin, { winmax: [5] }, 20, { seed: 1, workers: 0 });
    r.units.forEach((_, i) => expect(r.medianRank[i]).toBe(r.nominalRank[i]));
  });

  it('varies imputation, including none', async () => {
    const r = await runUncertainty(
      coin,
      {
        imputation: [{ method: 'groupMean', group: 'EurAsia_group' }, { method: 'median' }, null],
        aggregation: ['arithmetic'],
      },
      60,
      { seed: 5, workers: 0 },
    );
    expect(r.replications).toBe(60);
  });

  it('gives the same result in worker threads as in this thread, with progress reported', async () => {
    const seen: number[] = [];
    const inThread = await runUncertainty(coin, settings, 400, { seed: 9, workers: 0 });
    const threaded = await runUncertainty(coin, settings, 400, {
      seed: 9,
      workers: 2,
      onProgress: (done) => seen.push(done),
    });
    // under load a slow-starting worker may find the queue already empty, so at least one must have run
    expect(threaded.workersUsed).toBeGreaterThanOrEqual(1);
    expect(Array.from(threaded.scores)).toEqual(Array.from(inThread.scores));
    expect(Array.from(threaded.ranks)).toEqual(Array.from(inThread.ranks));
    expect(seen[seen.length - 1]).toBe(400);
  });
});

describe('sensitivity analysis', () => {
  it('estimates first-order and total indices per setting, reproducibly', async () => {
    const a = await runSensitivity(coin, settings, 150, { seed: 4, workers: 0 });
    const b = await runSensitivity(coin, settings, 150, { seed: 4, workers: 0 });
    expect(a.replications).toBe(150 * 6);
    expect(a.indices.map((i) => i.input)).toEqual(['winmax', 'normalisation', 'weights', 'aggregation']);
    expect(a.indices).toEqual(b.indices);
    for (const s of a.indices) {
      expect(s.total).toBeGreaterThanOrEqual(0);
      expect(s.total).toBeLessThan(1.5);
    }
    // the aggregation method moves ranks most in this design (as in COINr's vignette)
    const top = a.indices.reduce((m, s) => (s.total > m.total ? s : m));
    expect(top.input).toBe('aggregation');
  });
});

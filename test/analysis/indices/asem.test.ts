import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  ASEM_BUILD_STEPS,
  asemDataDirectory,
  assignTiers,
  buildAsemCoin,
  correlations,
  cronbachAlpha,
  editStep,
  getColumn,
  getResults,
  indicatorsUnder,
  modelUnits,
  pca,
  pcaWeights,
  rebuild,
  resultsTable,
  strengthsAndWeaknesses,
} from '../../../src/analysis/indices/index.ts';

const coin = buildAsemCoin();

/** A second, deliberately plain implementation of the reference build for one pillar. */
function pillarByHand(pillar: string, unit: string): number {
  const dir = asemDataDirectory();
  const meta = parse(readFileSync(join(dir, 'iMeta.csv'), 'utf8'), { columns: true }) as Record<
    string,
    string
  >[];
  const data = parse(readFileSync(join(dir, 'iData.csv'), 'utf8'), { columns: true }) as Record<
    string,
    string
  >[];
  const inds = meta.filter((m) => m.Type === 'Indicator' && m.Parent === pillar);
  const scores: number[] = [];
  for (const m of inds) {
    // denominate
    let x = data.map((r) => {
      const v = r[m.iCode] === '' ? NaN : Number(r[m.iCode]);
      return m.Denominator !== 'NA' ? v / Number(r[m.Denominator]) : v;
    });
    // impute with the mean of the unit's EurAsia_group
    const groupMean = (g: string): number => {
      const vals = x.filter((v, i) => data[i].EurAsia_group === g && !Number.isNaN(v));
      return vals.reduce((a, b) => a + b, 0) / vals.length;
    };
    x = x.map((v, i) => (Number.isNaN(v) ? groupMean(data[i].EurAsia_group) : v));
    // treat: pass when |skew| < 2 or kurtosis < 3.5
    const sk = (y: number[]): [number, number] => {
      const n = y.length;
      const mu = y.reduce((a, b) => a + b, 0) / n;
      const d = y.map((v) => v - mu);
      const s2 = d.reduce((a, v) => a + v * v, 0);
      const g1 = (Math.sqrt(n) * d.reduce((a, v) => a + v ** 3, 0)) / s2 ** 1.5;
      const r = (n * d.reduce((a, v) => a + v ** 4, 0)) / s2 ** 2;
      return [
        (Math.sqrt(n * (n - 1)) / (n - 2)) * g1,
        (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3)),
      ];
    };
    const ok = (y: number[]): boolean => {
      const [s, k] = sk(y);
      return Math.abs(s) < 2 || k < 3.5;
    };
    if (!ok(x)) {
      const w = x.slice();
      let count = 0;
      let hi: number[] = [];
      let lo: number[] = [];
      while (!ok(w) && count < 5) {
        if (sk(w)[0] >= 0) {
          const mx = Math.max(...w);
          hi = w.map((v, i) => (v === mx ? i : -1)).filter((i) => i >= 0);
          const next = Math.max(...w.filter((v) => v !== mx));
          hi.forEach((i) => (w[i] = next));
        } else {
          const mn = Math.min(...w);
          lo = w.map((v, i) => (v === mn ? i : -1)).filter((i) => i >= 0);
          const next = Math.min(...w.filter((v) => v !== mn));
          lo.forEach((i) => (w[i] = next));
        }
        count = hi.length + lo.length;
      }
      if (ok(w)) x = w;
      else {
        const mn = Math.min(...x);
        const mx = Math.max(...x);
        x = x.map((v) => Math.log(v - mn + 0.01 * (mx - mn)));
      }
    }
    // min-max 0-100 with direction
    const y = x.map((v) => v * Number(m.Direction));
    const mn = Math.min(...y);
    const mx = Math.max(...y);
    const u = data.findIndex((r) => r.uCode === unit);
    scores.push(((y[u] - mn) / (mx - mn)) * 100);
  }
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}

describe('ASEM Sustainable Connectivity reference build', () => {
  it('runs every step of the reference build', () => {
    expect(Object.keys(coin.datasets)).toEqual([
      'Raw',
      'Denominated',
      'Imputed',
      'Screened',
      'Treated',
      'Normalised',
      'Aggregated',
    ]);
    expect(coin.log).toEqual(ASEM_BUILD_STEPS);
  });

  it('keeps invariants: 51 units, no gaps after imputation, scores within 0-100, index = mean of its sub-indices', () => {
    const agg = coin.datasets.Aggregated;
    expect(agg.units.length).toBe(51);
    expect(coin.datasets.Imputed.values.some((v) => Number.isNaN(v))).toBe(false);
    expect(agg.values.every((v) => v >= -1e-9 && v <= 100 + 1e-9)).toBe(true);
    const idx = getColumn(coin, 'Index');
    const conn = getColumn(coin, 'Conn');
    const sust = getColumn(coin, 'Sust');
    for (const u of agg.units) expect(idx.get(u)).toBeCloseTo((conn.get(u)! + sust.get(u)!) / 2, 10);
    // every normalised indicator spans exactly 0 to 100
    const norm = coin.datasets.Normalised;
    for (const code of norm.columns) {
      const col = [...getColumn(coin, code, 'Normalised').values()];
      expect(Math.min(...col)).toBeCloseTo(0, 10);
      expect(Math.max(...col)).toBeCloseTo(100, 10);
    }
  });

  it('agrees with a second, plain implementation for pillar scores', () => {
    for (const [pillar, unit] of [
      ['Physical', 'CHN'],
      ['ConEcFin', 'DEU'],
      ['P2P', 'SGP'],
      ['SusEcFin', 'IND'],
    ]) {
      expect(getColumn(coin, pillar).get(unit)).toBeCloseTo(pillarByHand(pillar, unit), 9);
    }
  });

  it('records the treatment of each indicator', () => {
    const t = coin.treatment!;
    expect(t.length).toBe(49);
    const flights = t.find((r) => r.indicator === 'Flights')!;
    expect(flights.action).toBe('winsorised');
    expect(flights.treatedUnits.length).toBe(flights.winsorisedPoints);
    for (const r of t) if (r.action === 'winsorised') expect(r.passedAfter).toBe(true);
  });

  it('ranks with ties as COINr (min) and gives a results table sorted by the index', () => {
    const table = resultsTable(coin);
    expect(table[0].rank).toBe(1);
    for (let i = 1; i < table.length; i++)
      expect(table[i].scores.Index).toBeLessThanOrEqual(table[i - 1].scores.Index);
    const res = getResults(coin).find((r) => r.code === 'Index')!;
    expect(res.ranks[table[0].uCode]).toBe(1);
  });

  it('builds the variants: geometric on min-max 1-100, z-score without treatment, rank normalisation', () => {
    const geo = rebuild(coin, [
      ...ASEM_BUILD_STEPS.slice(0, 4),
      { step: 'normalise', spec: { method: 'minMax', min: 1, max: 100 } },
      { step: 'aggregate', method: 'geometric' },
    ]);
    const ari = rebuild(coin, [
      ...ASEM_BUILD_STEPS.slice(0, 4),
      { step: 'normalise', spec: { method: 'minMax', min: 1, max: 100 } },
      { step: 'aggregate' },
    ]);
    // geometric ≤ arithmetic at pillar level (AM-GM), equal only when all children are equal
    for (const u of geo.datasets.Aggregated.units)
      expect(getColumn(geo, 'Physical').get(u)!).toBeLessThanOrEqual(
        getColumn(ari, 'Physical').get(u)! + 1e-9,
      );
    // a unit's geometric pillar score by hand
    const inds = indicatorsUnder(geo.structure, 'Instit');
    const byHand = Math.exp(
      inds.reduce((a, c) => a + Math.log(getColumn(geo, c).get('FRA')!), 0) / inds.length,
    );
    expect(getColumn(geo, 'Instit').get('FRA')).toBeCloseTo(byHand, 10);

    const z = editStep(editStep(coin, 'treat', null), 'normalise', {
      step: 'normalise',
      spec: { method: 'zScore' },
    });
    expect(z.log.map((s) => s.step)).not.toContain('treat');
    for (const code of ['LPI', 'Flights', 'CO2']) {
      const col = [...getColumn(z, code, 'Normalised').values()];
      const m = col.reduce((a, b) => a + b, 0) / col.length;
      const sd = Math.sqrt(col.reduce((a, v) => a + (v - m) ** 2, 0) / (col.length - 1));
      expect(m).toBeCloseTo(0, 10);
      expect(sd).toBeCloseTo(1, 10);
    }
    // CO2 has direction -1: the lowest emitter gets the highest z-score
    const co2raw = getColumn(z, 'CO2', 'Screened');
    const co2z = getColumn(z, 'CO2', 'Normalised');
    const lowest = [...co2raw.entries()].sort((a, b) => a[1] - b[1])[0][0];
    expect(Math.max(...co2z.values())).toBe(co2z.get(lowest));

    const rk = editStep(coin, 'normalise', { step: 'normalise', spec: { method: 'rank' } });
    const col = [...getColumn(rk, 'LPI', 'Normalised').values()];
    expect(col.every((v) => Number.isInteger(v) && v >= 1 && v <= 51)).toBe(true);
    expect(Math.max(...col)).toBe(51);
  });

  it('screens on raw data when asked: 90% availability drops units with many gaps', () => {
    const scr = rebuild(coin, [{ step: 'denominate' }, { step: 'screen', threshold: 0.9 }]);
    const dropped = scr.screening!.filter((r) => !r.included);
    for (const r of dropped) expect(r.dataAvailability).toBeLessThan(0.9);
    expect(scr.datasets.Screened.units.length).toBe(51 - dropped.length);
  });
});

describe('results and analysis on ASEM', () => {
  it('tiers by thresholds, quantiles and top shares', () => {
    const t = assignTiers(coin, 'Index', {
      method: 'thresholds',
      cuts: [60, 50, 40],
      labels: ['A', 'B', 'C', 'D'],
    });
    for (const a of t)
      expect(a.label).toBe(a.score >= 60 ? 'A' : a.score >= 50 ? 'B' : a.score >= 40 ? 'C' : 'D');
    const q = assignTiers(coin, 'Index', { method: 'quantiles', groups: 4 });
    expect(new Set(q.map((a) => a.tier)).size).toBe(4);
    const s = assignTiers(coin, 'Index', { method: 'topShares', shares: [10 / 51, 22 / 51, 44 / 51] });
    expect(s.filter((a) => a.tier === 1).length).toBe(10);
    expect(s.filter((a) => a.tier === 2).length).toBe(12);
  });

  it('strengths and weaknesses as get_str_weak: best and worst indicator ranks', () => {
    const sw = strengthsAndWeaknesses(coin, 'ESP', { dataset: 'Raw' });
    expect(sw.strengths.length).toBe(5);
    expect(sw.weaknesses.length).toBe(5);
    for (let i = 1; i < 5; i++) expect(sw.strengths[i].rank).toBeGreaterThanOrEqual(sw.strengths[i - 1].rank);
    expect(sw.weaknesses[0].rank).toBeGreaterThanOrEqual(sw.strengths[4].rank);
    expect(sw.strengths[0].dimension).not.toBeNull();
  });

  it('models: the nearest units scoring higher', () => {
    const m = modelUnits(coin, 'CHN');
    const idx = getColumn(coin, 'Index');
    expect(m.length).toBe(5);
    for (const x of m) expect(x.score).toBeGreaterThan(idx.get('CHN')!);
    for (let i = 1; i < m.length; i++) expect(m[i].distance).toBeGreaterThanOrEqual(m[i - 1].distance);
  });

  it('correlations, Cronbach alpha and PCA', () => {
    const c = correlations(coin, { levels: [1, 2], method: 'pearson' });
    expect(c.rows.length).toBe(49);
    expect(c.columns.length).toBe(8);
    const s = correlations(coin, { levels: [2, 2], method: 'spearman' });
    s.values.forEach((row, i) => expect(row[i]).toBeCloseTo(1, 12));
    const alpha = cronbachAlpha(coin, 'Physical', 'Normalised');
    expect(alpha).toBeGreaterThan(0);
    expect(alpha).toBeLessThan(1);
    const p = pca(coin, 'Physical', 'Normalised');
    expect(p.eigenvalues.reduce((a, b) => a + b, 0)).toBeCloseTo(8, 9); // trace of an 8x8 correlation matrix
    expect(p.varianceExplained[0]).toBeGreaterThan(p.varianceExplained[1]);
    const w = pcaWeights(coin, 1, 'Normalised');
    expect(w.LPI).toBeCloseTo(p.loadings[0][0], 12);
  });
});

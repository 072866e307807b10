/**
 * The engine against COINr's own output on the ASEM data: the reference build and three variants, every
 * indicator, pillar, sub-index and index score of every unit, to 1e-6. The fixtures hold values computed by
 * COINr's functions (treat, normalise, aggregate, impute) in R; see test/fixtures/coinr/README.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { ASEM_BUILD_STEPS, buildAsemCoin, getColumn } from '../../../src/analysis/indices/index.ts';
import type { BuildStep } from '../../../src/domain/index-framework.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/coinr');

const VARIANTS: Record<string, BuildStep[]> = {
  reference: ASEM_BUILD_STEPS,
  geometric: [
    ...ASEM_BUILD_STEPS.slice(0, 4),
    { step: 'normalise', spec: { method: 'minMax', min: 1, max: 100 } },
    { step: 'aggregate', method: 'geometric' },
  ],
  zscore: [
    ...ASEM_BUILD_STEPS.slice(0, 3),
    { step: 'normalise', spec: { method: 'zScore' } },
    { step: 'aggregate' },
  ],
  rank: [
    ...ASEM_BUILD_STEPS.slice(0, 4),
    { step: 'normalise', spec: { method: 'rank' } },
    { step: 'aggregate' },
  ],
};

describe.each(Object.keys(VARIANTS))('ASEM %s build against COINr', (variant) => {
  const coin = buildAsemCoin(VARIANTS[variant]);
  const rows = parse(readFileSync(join(fixtures, `asem-${variant}.csv`), 'utf8'), {
    columns: true,
  }) as Record<string, string>[];
  const codes = Object.keys(rows[0]).filter((c) => c !== 'uCode');

  it('has the same units and every node of the framework', () => {
    expect(rows.map((r) => r.uCode)).toEqual(coin.datasets.Aggregated.units);
    expect([...codes].sort()).toEqual([...coin.structure.codes].sort());
  });

  it.each([1, 2, 3, 4])('agrees at level %i to 1e-6', (level) => {
    const atLevel = codes.filter((c) => coin.structure.level[coin.structure.index.get(c)!] === level);
    expect(atLevel.length).toBeGreaterThan(0);
    let worst = 0;
    for (const code of atLevel) {
      const ours = getColumn(coin, code);
      for (const r of rows) {
        const theirs = Number(r[code]);
        expect(Number.isFinite(theirs)).toBe(true);
        worst = Math.max(worst, Math.abs(theirs - ours.get(r.uCode)!));
      }
    }
    expect(worst).toBeLessThan(1e-6);
  });
});

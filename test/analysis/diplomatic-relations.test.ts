/**
 * States without diplomatic relations with the People's Republic of China: a Chinese city is never
 * offered a partner there, vetting one says a proposal there cannot be made, and benchmarks for a
 * Chinese home expect no ties there. For a home elsewhere they are states like the others.
 */
import { describe, expect, it } from 'vitest';
import { benchmarkWeights } from '../../src/analysis/layout/index.ts';
import { prepareMatchingPool, rankCandidates, vetCandidate } from '../../src/analysis/matching/index.ts';
import { matchingCandidates, matchingDataset } from './matching/matching-dataset.ts';

/** The matching world with Kenya as a state without diplomatic relations with the PRC. */
function world() {
  const dataset = matchingDataset();
  dataset.countries.set('KE', { ...dataset.countries.get('KE')!, diplomaticRelations: false });
  return { dataset, pool: prepareMatchingPool(dataset, matchingCandidates()) };
}

describe('states without diplomatic relations with China', () => {
  it('are never offered to a Chinese seeker, even when asked for', () => {
    const { dataset, pool } = world();
    const ids = (filter = {}) =>
      rankCandidates(pool, dataset, { seekerId: 'sh', limit: 100, filter }).items.map((r) => r.place.id);
    expect(ids()).not.toContain('nairobi');
    expect(ids()).not.toContain('mombasa');
    expect(ids({ countries: ['KE'] })).toEqual([]);
    expect(ids().length).toBeGreaterThan(3);
  });

  it('say, when vetted, that a proposal there cannot be made', () => {
    const { dataset, pool } = world();
    const vet = vetCandidate(pool, dataset, { seekerId: 'sh' }, 'nairobi');
    expect(vet.warnings.find((w) => w.code === 'no-diplomatic-relations')?.zh).toBe(
      '肯尼亚未与中华人民共和国建交，不能提出在该国结好',
    );
  });

  it('are offered to a seeker elsewhere', () => {
    const { dataset, pool } = world();
    const ids = rankCandidates(pool, dataset, { seekerId: 'tokyo', limit: 100 }).items.map((r) => r.place.id);
    expect(ids).toContain('nairobi');
  });

  it('are expected nothing by a Chinese home’s benchmark, as usual by another', () => {
    const { dataset } = world();
    expect(benchmarkWeights(dataset, { kind: 'countries' }, ['CN']).has('KE')).toBe(false);
    expect(benchmarkWeights(dataset, { kind: 'countries' }, ['JP']).has('KE')).toBe(true);
  });
});
